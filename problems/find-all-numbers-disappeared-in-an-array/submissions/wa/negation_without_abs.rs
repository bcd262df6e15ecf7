// Sign marking that reads nums[i] without its absolute value: once an element
// has been negated, it indexes with a negative number (a panic).
impl Solution {
    pub fn find_disappeared_numbers(nums: Vec<i32>) -> Vec<i32> {
        let mut nums = nums;
        for i in 0..nums.len() {
            let v = (nums[i] - 1) as usize;
            if nums[v] > 0 {
                nums[v] = -nums[v];
            }
        }
        (0..nums.len()).filter(|&i| nums[i] > 0).map(|i| i as i32 + 1).collect()
    }
}
