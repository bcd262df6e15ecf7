// Iterative DFS: an explicit stack of (node, depth) pairs, keeping the largest depth seen.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    pub fn max_depth(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        let mut best = 0;
        let mut stack = vec![(root, 1)];
        while let Some((node, d)) = stack.pop() {
            if let Some(n) = node {
                best = best.max(d);
                let n = n.borrow();
                stack.push((n.left.clone(), d + 1));
                stack.push((n.right.clone(), d + 1));
            }
        }
        best
    }
}
