// Finds the first position whose value is >= target and returns it without
// checking that the value there equals target (or that it exists at all).
impl Solution {
    pub fn search(nums: Vec<i32>, target: i32) -> i32 {
        let (mut lo, mut hi) = (0usize, nums.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            if nums[mid] < target {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if lo == nums.len() { -1 } else { lo as i32 }
    }
}
