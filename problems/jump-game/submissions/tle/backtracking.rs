// Tries every jump from every index, recursively, with no memo: correct, but
// when the end is out of reach behind a wall of zeros it explores an
// exponential number of paths.
impl Solution {
    pub fn can_jump(nums: Vec<i32>) -> bool {
        fn from(i: usize, nums: &[i32]) -> bool {
            if i + 1 >= nums.len() {
                return true;
            }
            let far = (i + nums[i] as usize).min(nums.len() - 1);
            (i + 1..=far).rev().any(|j| from(j, nums))
        }
        from(0, &nums)
    }
}
