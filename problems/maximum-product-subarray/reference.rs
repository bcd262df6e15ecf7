impl Solution {
    pub fn max_product(nums: Vec<i32>) -> i32 {
        // hi / lo: the largest and smallest product of a subarray ending here.
        // A negative number swaps their roles.
        let (mut hi, mut lo, mut best) = (nums[0], nums[0], nums[0]);
        for &x in &nums[1..] {
            if x < 0 {
                std::mem::swap(&mut hi, &mut lo);
            }
            hi = x.max(hi * x);
            lo = x.min(lo * x);
            best = best.max(hi);
        }
        best
    }
}
