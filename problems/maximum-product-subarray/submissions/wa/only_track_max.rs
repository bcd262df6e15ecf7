// Kadane's idea with the maximum alone: a negative product ending here is
// thrown away, though a later negative number would turn it into the best
// ([-2, 3, -4] gives 3 instead of 24).
impl Solution {
    pub fn max_product(nums: Vec<i32>) -> i32 {
        let (mut cur, mut best) = (nums[0], nums[0]);
        for &x in &nums[1..] {
            cur = x.max(cur * x);
            best = best.max(cur);
        }
        best
    }
}
