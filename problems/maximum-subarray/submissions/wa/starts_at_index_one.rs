// Starts the best value at nums[0] but the running sum at 0 and loops from
// index 1, so nums[0] never joins a longer subarray: [5, -1, 3] gives 5, not 7.
impl Solution {
    pub fn max_sub_array(nums: Vec<i32>) -> i32 {
        let mut max_sum = nums[0];
        let mut cur = 0;
        for i in 1..nums.len() {
            cur = std::cmp::max(nums[i], cur + nums[i]);
            max_sum = std::cmp::max(max_sum, cur);
        }
        max_sum
    }
}
