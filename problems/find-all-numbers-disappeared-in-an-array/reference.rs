impl Solution {
    pub fn find_disappeared_numbers(nums: Vec<i32>) -> Vec<i32> {
        let mut nums = nums;
        // The sign of nums[v - 1] records whether v was seen.
        for i in 0..nums.len() {
            let v = nums[i].unsigned_abs() as usize;
            if nums[v - 1] > 0 {
                nums[v - 1] = -nums[v - 1];
            }
        }
        (0..nums.len()).filter(|&i| nums[i] > 0).map(|i| i as i32 + 1).collect()
    }
}
