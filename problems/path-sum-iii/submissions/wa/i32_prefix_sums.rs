// The prefix-sum solution with 32-bit sums: values up to 10^9 make the sums wrap (or
// panic with overflow checks), and a window summing to 2^32 looks like a sum of 0.
use std::rc::Rc;
use std::cell::RefCell;
use std::collections::HashMap;

impl Solution {
    fn walk(node: &Option<Rc<RefCell<TreeNode>>>, sum: i32, target: i32, seen: &mut HashMap<i32, i32>) -> i32 {
        let Some(n) = node else { return 0 };
        let n = n.borrow();
        let sum = sum.wrapping_add(n.val);
        let mut count = seen.get(&sum.wrapping_sub(target)).copied().unwrap_or(0);
        *seen.entry(sum).or_insert(0) += 1;
        count += Self::walk(&n.left, sum, target, seen);
        count += Self::walk(&n.right, sum, target, seen);
        *seen.get_mut(&sum).unwrap() -= 1;
        count
    }

    pub fn path_sum(root: Option<Rc<RefCell<TreeNode>>>, target_sum: i32) -> i32 {
        let mut seen = HashMap::from([(0, 1)]);
        Self::walk(&root, 0, target_sum, &mut seen)
    }
}
