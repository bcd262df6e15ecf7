// For every pair, looks the missing value up in a set of ALL values, without checking
// that it is a third, different element: [2, -1, 5, 7] reports [-1, -1, 2].
use std::collections::HashSet;

impl Solution {
    pub fn three_sum(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let all: HashSet<i32> = nums.iter().cloned().collect();
        let mut found: HashSet<Vec<i32>> = HashSet::new();
        for i in 0..nums.len() {
            for j in i + 1..nums.len() {
                let c = -(nums[i] + nums[j]);
                if all.contains(&c) {
                    let mut t = vec![nums[i], nums[j], c];
                    t.sort();
                    found.insert(t);
                }
            }
        }
        found.into_iter().collect()
    }
}
