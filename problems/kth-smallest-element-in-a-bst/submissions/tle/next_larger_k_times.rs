// Correct but slow: finds the smallest value, then k - 1 times scans the WHOLE tree for
// the smallest value above the previous one. O(k * n): 10^8 node visits when k = n = 10^4.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    fn smallest_above(root: &Option<Rc<RefCell<TreeNode>>>, floor: i64) -> i64 {
        let mut best = i64::MAX;
        let mut stack: Vec<Rc<RefCell<TreeNode>>> = root.iter().cloned().collect();
        while let Some(node) = stack.pop() {
            let n = node.borrow();
            let v = n.val as i64;
            if v > floor && v < best {
                best = v;
            }
            if let Some(l) = &n.left {
                stack.push(l.clone());
            }
            if let Some(r) = &n.right {
                stack.push(r.clone());
            }
        }
        best
    }

    pub fn kth_smallest(root: Option<Rc<RefCell<TreeNode>>>, k: i32) -> i32 {
        let mut cur = i64::MIN;
        for _ in 0..k {
            cur = Self::smallest_above(&root, cur);
        }
        cur as i32
    }
}
