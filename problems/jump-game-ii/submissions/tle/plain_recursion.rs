// Fewest jumps from index i = 1 + the minimum over every jump from i, as plain
// recursion with no memo: correct, but exponential in n.
impl Solution {
    pub fn jump(nums: Vec<i32>) -> i32 {
        fn from(i: usize, nums: &[i32]) -> i32 {
            let last = nums.len() - 1;
            if i >= last {
                return 0;
            }
            let far = (i + nums[i] as usize).min(last);
            let mut best = i32::MAX;
            for j in i + 1..=far {
                let r = from(j, nums);
                if r != i32::MAX {
                    best = best.min(r + 1);
                }
            }
            best
        }
        from(0, &nums)
    }
}
