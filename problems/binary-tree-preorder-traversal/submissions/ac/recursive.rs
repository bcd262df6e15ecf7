// Recursive with an accumulator.
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn preorder_traversal(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<i32> {
        fn walk(node: &Option<Rc<RefCell<TreeNode>>>, out: &mut Vec<i32>) {
            if let Some(n) = node {
                let n = n.borrow();
                out.push(n.val);
                walk(&n.left, out);
                walk(&n.right, out);
            }
        }
        let mut out = Vec::new();
        walk(&root, &mut out);
        out
    }
}
