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
    pub fn good_nodes(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        // Iterative DFS over (node, largest value on the path above it).
        let mut count = 0;
        let mut stack: Vec<(Rc<RefCell<TreeNode>>, i32)> = Vec::new();
        if let Some(r) = root {
            stack.push((r, i32::MIN));
        }
        while let Some((node, above)) = stack.pop() {
            let n = node.borrow();
            if n.val >= above {
                count += 1;
            }
            let high = above.max(n.val);
            for child in [&n.left, &n.right].into_iter().flatten() {
                stack.push((Rc::clone(child), high));
            }
        }
        count
    }
}
