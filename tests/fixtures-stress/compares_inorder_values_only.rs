// same-tree by comparing the in-order sequences of values: equal sequences
// do not make equal trees ([1,2] and [2,null,1]... or any rotation).
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn is_same_tree(p: Option<Rc<RefCell<TreeNode>>>, q: Option<Rc<RefCell<TreeNode>>>) -> bool {
        fn inorder(node: &Option<Rc<RefCell<TreeNode>>>, out: &mut Vec<i32>) {
            if let Some(n) = node {
                let n = n.borrow();
                inorder(&n.left, out);
                out.push(n.val);
                inorder(&n.right, out);
            }
        }
        let (mut a, mut b) = (Vec::new(), Vec::new());
        inorder(&p, &mut a);
        inorder(&q, &mut b);
        a == b
    }
}
