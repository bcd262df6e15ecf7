// Level by level with two vectors (this level, the next one), taking the children out
// of the input nodes instead of cloning the Rcs.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    pub fn level_order(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<Vec<i32>> {
        let mut ans = Vec::new();
        let mut current: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        while !current.is_empty() {
            let mut next = Vec::new();
            let mut values = Vec::new();
            for node in current {
                let mut n = node.borrow_mut();
                values.push(n.val);
                next.extend(n.left.take());
                next.extend(n.right.take());
            }
            ans.push(values);
            current = next;
        }
        ans
    }
}
