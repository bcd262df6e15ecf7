// Collects everything into a BTreeSet and compares sizes: a repeat makes the set smaller.
use std::collections::BTreeSet;

impl Solution {
    pub fn contains_duplicate(nums: Vec<i32>) -> bool {
        let n = nums.len();
        let set: BTreeSet<i32> = nums.into_iter().collect();
        set.len() != n
    }
}
