// The set 1..=n minus the values seen, returned in the HashSet's own
// (arbitrary) order: accepted because any order is.
use std::collections::HashSet;

impl Solution {
    pub fn find_disappeared_numbers(nums: Vec<i32>) -> Vec<i32> {
        let n = nums.len() as i32;
        let mut missing: HashSet<i32> = (1..=n).collect();
        for x in &nums {
            missing.remove(x);
        }
        missing.into_iter().collect()
    }
}
