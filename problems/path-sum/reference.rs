// Definition for a binary tree node.
// #[derive(Debug, PartialEq, Eq)]
// pub struct TreeNode {
//   pub val: i32,
//   pub left: Option<Rc<RefCell<TreeNode>>>,
//   pub right: Option<Rc<RefCell<TreeNode>>>,
// }
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    pub fn has_path_sum(root: Option<Rc<RefCell<TreeNode>>>, target_sum: i32) -> bool {
        // Iterative DFS over (node, sum of the path from the root to it).
        let mut stack: Vec<(Rc<RefCell<TreeNode>>, i32)> = Vec::new();
        if let Some(r) = root {
            let v = r.borrow().val;
            stack.push((r, v));
        }
        while let Some((node, sum)) = stack.pop() {
            let node = node.borrow();
            if node.left.is_none() && node.right.is_none() {
                if sum == target_sum {
                    return true;
                }
                continue;
            }
            for child in [&node.left, &node.right].into_iter().flatten() {
                let v = child.borrow().val;
                stack.push((Rc::clone(child), sum + v));
            }
        }
        false
    }
}
