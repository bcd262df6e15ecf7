// Tries every triple of positions and deduplicates through a set: O(n^3).
use std::collections::BTreeSet;

impl Solution {
    pub fn three_sum(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let n = nums.len();
        let mut found = BTreeSet::new();
        for i in 0..n {
            for j in i + 1..n {
                for k in j + 1..n {
                    if nums[i] + nums[j] + nums[k] == 0 {
                        let mut t = [nums[i], nums[j], nums[k]];
                        t.sort();
                        found.insert(t);
                    }
                }
            }
        }
        found.into_iter().map(|t| t.to_vec()).collect()
    }
}
