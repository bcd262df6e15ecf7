// Recursive depth-first walk carrying the depth: appends to the level's list
// on even depths and prepends (VecDeque::push_front) on odd depths.
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

impl Solution {
    pub fn zigzag_level_order(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<Vec<i32>> {
        fn walk(node: &Option<Rc<RefCell<TreeNode>>>, depth: usize, levels: &mut Vec<VecDeque<i32>>) {
            let Some(n) = node else { return };
            let n = n.borrow();
            if levels.len() == depth {
                levels.push(VecDeque::new());
            }
            if depth % 2 == 0 {
                levels[depth].push_back(n.val);
            } else {
                levels[depth].push_front(n.val);
            }
            walk(&n.left, depth + 1, levels);
            walk(&n.right, depth + 1, levels);
        }
        let mut levels = Vec::new();
        walk(&root, 0, &mut levels);
        levels.into_iter().map(Vec::from).collect()
    }
}
