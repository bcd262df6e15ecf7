use std::collections::HashMap;
impl Solution {
    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {
        let mut seen: HashMap<i32, usize> = HashMap::new();
        for i in 0..nums.len() {
            let x = nums[i];
            if seen.contains_key(&(target - x)) == true {
                return vec![seen[&(target - x)] as i32, i as i32];
            }
            seen.insert(x, i);
        }
        return vec![];
    }
}
