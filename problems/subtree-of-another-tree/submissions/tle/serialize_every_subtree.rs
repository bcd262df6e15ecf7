// Correct but far too slow: re-serializes the subtree under EVERY node of `root` with
// nested format! calls, each level copying the whole string below it: O(h) copies of up
// to n characters per serialization, n serializations, O(n^3) on a 2000-node chain.
use std::rc::Rc;
use std::cell::RefCell;
impl Solution {
    fn ser(node: &Option<Rc<RefCell<TreeNode>>>) -> String {
        match node {
            None => "#".to_string(),
            Some(n) => {
                let n = n.borrow();
                format!("({} {} {})", n.val, Self::ser(&n.left), Self::ser(&n.right))
            }
        }
    }
    pub fn is_subtree(root: Option<Rc<RefCell<TreeNode>>>, sub_root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        let target = Self::ser(&sub_root);
        let mut stack = vec![root];
        while let Some(node) = stack.pop() {
            if let Some(n) = &node {
                if Self::ser(&node) == target { return true; }
                stack.push(n.borrow().left.clone());
                stack.push(n.borrow().right.clone());
            }
        }
        false
    }
}
