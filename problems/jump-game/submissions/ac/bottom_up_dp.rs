// Bottom-up DP: good[i] when some index in i+1..=i+nums[i] is good, scanning
// from the far end of the range. O(n * max jump) in the worst case, O(n^2) at
// most: LeetCode accepts it at n = 10^4.
impl Solution {
    pub fn can_jump(nums: Vec<i32>) -> bool {
        let n = nums.len();
        let mut good = vec![false; n];
        good[n - 1] = true;
        for i in (0..n - 1).rev() {
            let far = (i + nums[i] as usize).min(n - 1);
            for j in (i + 1..=far).rev() {
                if good[j] {
                    good[i] = true;
                    break;
                }
            }
        }
        good[0]
    }
}
