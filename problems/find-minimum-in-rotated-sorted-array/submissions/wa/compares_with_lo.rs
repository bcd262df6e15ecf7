// Compares the middle with nums[lo] instead of nums[hi]: "left half sorted,
// so the minimum is to the right" is false when the whole window is sorted,
// so an unrotated list returns its largest value.
impl Solution {
    pub fn find_min(nums: Vec<i32>) -> i32 {
        let (mut lo, mut hi) = (0usize, nums.len() - 1);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if nums[mid] >= nums[lo] {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        nums[lo]
    }
}
