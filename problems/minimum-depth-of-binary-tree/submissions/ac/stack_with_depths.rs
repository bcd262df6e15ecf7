// Iterative DFS over (node, depth) pairs, keeping the smallest depth of a leaf.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    pub fn min_depth(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        let mut best = i32::MAX;
        let mut stack = Vec::new();
        if let Some(r) = root {
            stack.push((r, 1));
        } else {
            return 0;
        }
        while let Some((node, d)) = stack.pop() {
            let n = node.borrow();
            if n.left.is_none() && n.right.is_none() {
                best = best.min(d);
            }
            if let Some(l) = &n.left {
                stack.push((l.clone(), d + 1));
            }
            if let Some(r) = &n.right {
                stack.push((r.clone(), d + 1));
            }
        }
        best
    }
}
