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
    pub fn max_path_sum(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        // Without recursion: list the nodes parents-first (with their children's
        // positions), then compute each node's best downward gain children-first.
        let mut nodes: Vec<(i32, Option<usize>, Option<usize>)> = Vec::new();
        let mut stack: Vec<(Rc<RefCell<TreeNode>>, Option<(usize, bool)>)> = Vec::new();
        if let Some(r) = root {
            stack.push((r, None));
        }
        while let Some((node, parent)) = stack.pop() {
            let id = nodes.len();
            let n = node.borrow();
            nodes.push((n.val, None, None));
            match parent {
                Some((p, true)) => nodes[p].1 = Some(id),
                Some((p, false)) => nodes[p].2 = Some(id),
                None => {}
            }
            if let Some(l) = &n.left {
                stack.push((Rc::clone(l), Some((id, true))));
            }
            if let Some(r) = &n.right {
                stack.push((Rc::clone(r), Some((id, false))));
            }
        }
        let mut gain = vec![0i32; nodes.len()];
        let mut best = i32::MIN;
        for i in (0..nodes.len()).rev() {
            let (val, l, r) = nodes[i];
            let gl = l.map_or(0, |c| gain[c].max(0));
            let gr = r.map_or(0, |c| gain[c].max(0));
            best = best.max(val + gl + gr);
            gain[i] = val + gl.max(gr);
        }
        best
    }
}
