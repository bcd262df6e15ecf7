// Always makes the longest jump available from the current index, which can
// land on a short length when a shorter jump would reach further next time.
impl Solution {
    pub fn jump(nums: Vec<i32>) -> i32 {
        let last = nums.len() - 1;
        let (mut i, mut jumps) = (0usize, 0);
        while i < last {
            i += nums[i] as usize;
            jumps += 1;
        }
        jumps
    }
}
