// Counts in a BTreeMap, collects (value, count) pairs and sorts them by count descending:
// O(n log n), the slow-but-accepted style.
use std::collections::BTreeMap;

impl Solution {
    pub fn top_k_frequent(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let mut count: BTreeMap<i32, i32> = BTreeMap::new();
        for x in nums {
            *count.entry(x).or_default() += 1;
        }
        let mut pairs: Vec<(i32, i32)> = count.into_iter().collect();
        pairs.sort_by_key(|&(_, c)| -c);
        pairs.iter().take(k as usize).map(|&(x, _)| x).collect()
    }
}
