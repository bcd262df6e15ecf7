// Two stacks: popping the current level's stack gives its nodes in reverse
// order of pushing; children go onto the next stack left-first after a
// left-to-right level and right-first after a right-to-left one.
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn zigzag_level_order(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<Vec<i32>> {
        let mut out = Vec::new();
        let mut current: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        let mut left_to_right = true;
        while !current.is_empty() {
            let mut next = Vec::new();
            let mut level = Vec::new();
            while let Some(node) = current.pop() {
                let node = node.borrow();
                level.push(node.val);
                let (first, second) = if left_to_right { (&node.left, &node.right) } else { (&node.right, &node.left) };
                if let Some(c) = first {
                    next.push(Rc::clone(c));
                }
                if let Some(c) = second {
                    next.push(Rc::clone(c));
                }
            }
            out.push(level);
            current = next;
            left_to_right = !left_to_right;
        }
        out
    }
}
