// Ignores the BST order and uses the general binary-tree LCA (post-order search
// comparing node identity): O(n) instead of O(h), still well inside the limit.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    pub fn lowest_common_ancestor(root: Option<Rc<RefCell<TreeNode>>>, p: Option<Rc<RefCell<TreeNode>>>, q: Option<Rc<RefCell<TreeNode>>>) -> Option<Rc<RefCell<TreeNode>>> {
        let p = p.unwrap();
        let q = q.unwrap();
        fn dfs(node: &Option<Rc<RefCell<TreeNode>>>, p: &Rc<RefCell<TreeNode>>, q: &Rc<RefCell<TreeNode>>) -> Option<Rc<RefCell<TreeNode>>> {
            let n = node.as_ref()?;
            if Rc::ptr_eq(n, p) || Rc::ptr_eq(n, q) {
                return Some(n.clone());
            }
            let left = dfs(&n.borrow().left, p, q);
            let right = dfs(&n.borrow().right, p, q);
            match (left, right) {
                (Some(_), Some(_)) => Some(n.clone()),
                (Some(l), None) => Some(l),
                (None, r) => r,
            }
        }
        dfs(&root, &p, &q)
    }
}
