// Off by one: asks for a reach of at least n instead of n - 1, so landing
// exactly on the last index (or a single-element array) counts as a failure.
impl Solution {
    pub fn can_jump(nums: Vec<i32>) -> bool {
        let n = nums.len();
        let mut reach = 0usize;
        for i in 0..n {
            if i > reach {
                return false;
            }
            reach = reach.max(i + nums[i] as usize);
        }
        reach >= n
    }
}
