// Greedy on the jump length: always takes the longest jump from where it
// stands, so it can land on a 0 that a shorter jump would have avoided
// ([2, 3, 0, 1, 4]: 0 -> 2 is stuck, 0 -> 1 -> 4 works).
impl Solution {
    pub fn can_jump(nums: Vec<i32>) -> bool {
        let n = nums.len();
        let mut i = 0usize;
        while i < n - 1 {
            if nums[i] == 0 {
                return false;
            }
            i += nums[i] as usize;
        }
        true
    }
}
