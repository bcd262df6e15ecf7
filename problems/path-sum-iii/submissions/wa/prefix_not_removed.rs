// Prefix sums without backtracking: a prefix is never removed when the walk leaves its
// node, so prefixes of an already finished sibling branch still pair with later nodes.
use std::rc::Rc;
use std::cell::RefCell;
use std::collections::HashMap;

impl Solution {
    fn walk(node: &Option<Rc<RefCell<TreeNode>>>, sum: i64, target: i64, seen: &mut HashMap<i64, i32>) -> i32 {
        let Some(n) = node else { return 0 };
        let n = n.borrow();
        let sum = sum + n.val as i64;
        let mut count = seen.get(&(sum - target)).copied().unwrap_or(0);
        *seen.entry(sum).or_insert(0) += 1;
        count += Self::walk(&n.left, sum, target, seen);
        count += Self::walk(&n.right, sum, target, seen);
        count
    }

    pub fn path_sum(root: Option<Rc<RefCell<TreeNode>>>, target_sum: i32) -> i32 {
        let mut seen = HashMap::from([(0i64, 1)]);
        Self::walk(&root, 0, target_sum as i64, &mut seen)
    }
}
