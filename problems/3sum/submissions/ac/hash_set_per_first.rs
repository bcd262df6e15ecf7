// Sort, fix the smallest value, and find the other two with a hash set of values seen
// so far in this round; duplicates are skipped on the first and the last value.
use std::collections::HashSet;

impl Solution {
    pub fn three_sum(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let mut nums = nums;
        nums.sort();
        let n = nums.len();
        let mut res = Vec::new();
        let mut i = 0;
        while i < n && nums[i] <= 0 {
            if i == 0 || nums[i] != nums[i - 1] {
                let mut seen = HashSet::new();
                let mut j = i + 1;
                while j < n {
                    let want = -nums[i] - nums[j];
                    if seen.contains(&want) {
                        res.push(vec![nums[i], want, nums[j]]);
                        while j + 1 < n && nums[j + 1] == nums[j] {
                            j += 1;
                        }
                    }
                    seen.insert(nums[j]);
                    j += 1;
                }
            }
            i += 1;
        }
        res
    }
}
