// Ignores the ordering: gathers all values breadth-first, sorts them, indexes k - 1.
use std::rc::Rc;
use std::cell::RefCell;
use std::collections::VecDeque;

impl Solution {
    pub fn kth_smallest(root: Option<Rc<RefCell<TreeNode>>>, k: i32) -> i32 {
        let mut values = Vec::new();
        let mut queue: VecDeque<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        while let Some(node) = queue.pop_front() {
            let n = node.borrow();
            values.push(n.val);
            queue.extend(n.left.clone());
            queue.extend(n.right.clone());
        }
        values.sort_unstable();
        values[(k - 1) as usize]
    }
}
