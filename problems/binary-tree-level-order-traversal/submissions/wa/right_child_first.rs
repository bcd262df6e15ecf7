// Depth-first with the depth carried along, but pushes the left child on a stack before
// the right one, so the right child is visited first and every level comes out reversed.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    pub fn level_order(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<Vec<i32>> {
        let mut res: Vec<Vec<i32>> = Vec::new();
        let mut stack = vec![(root, 0usize)];
        while let Some((node, depth)) = stack.pop() {
            if let Some(n) = node {
                let n = n.borrow();
                if res.len() == depth {
                    res.push(Vec::new());
                }
                res[depth].push(n.val);
                stack.push((n.left.clone(), depth + 1));
                stack.push((n.right.clone(), depth + 1));
            }
        }
        res
    }
}
