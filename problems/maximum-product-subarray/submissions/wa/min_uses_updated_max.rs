// Updates the maximum first and then computes the minimum from the NEW
// maximum instead of the old one.
impl Solution {
    pub fn max_product(nums: Vec<i32>) -> i32 {
        let (mut hi, mut lo, mut best) = (nums[0], nums[0], nums[0]);
        for &x in &nums[1..] {
            hi = x.max(hi * x).max(lo * x);
            lo = x.min(hi * x).min(lo * x);
            best = best.max(hi);
        }
        best
    }
}
