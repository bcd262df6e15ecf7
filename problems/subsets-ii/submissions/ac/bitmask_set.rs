// Sorts, enumerates all 2^n masks and keeps the distinct sorted subsets in a hash set.
use std::collections::HashSet;

impl Solution {
    pub fn subsets_with_dup(mut nums: Vec<i32>) -> Vec<Vec<i32>> {
        nums.sort();
        let n = nums.len();
        let mut seen = HashSet::new();
        for mask in 0..1u32 << n {
            let s: Vec<i32> = (0..n).filter(|&i| mask >> i & 1 == 1).map(|i| nums[i]).collect();
            seen.insert(s);
        }
        seen.into_iter().collect()
    }
}
