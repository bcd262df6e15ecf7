// Breadth-first with a parent index per visited node: a matching leaf's path is rebuilt
// by walking the parent links up. The paths come out by leaf depth, not left to right.
use std::rc::Rc;
use std::cell::RefCell;
use std::collections::VecDeque;

impl Solution {
    pub fn path_sum(root: Option<Rc<RefCell<TreeNode>>>, target_sum: i32) -> Vec<Vec<i32>> {
        let mut out = Vec::new();
        let Some(root) = root else { return out };
        // seen[i] = (value, parent index, sum from the root)
        let mut seen: Vec<(i32, usize, i32)> = Vec::new();
        let mut q = VecDeque::new();
        let v = root.borrow().val;
        seen.push((v, usize::MAX, v));
        q.push_back((root, 0usize));
        while let Some((node, id)) = q.pop_front() {
            let n = node.borrow();
            if n.left.is_none() && n.right.is_none() {
                if seen[id].2 == target_sum {
                    let mut path = Vec::new();
                    let mut at = id;
                    while at != usize::MAX {
                        path.push(seen[at].0);
                        at = seen[at].1;
                    }
                    path.reverse();
                    out.push(path);
                }
                continue;
            }
            for child in [&n.left, &n.right].into_iter().flatten() {
                let cv = child.borrow().val;
                seen.push((cv, id, seen[id].2 + cv));
                q.push_back((Rc::clone(child), seen.len() - 1));
            }
        }
        out
    }
}
