// Handles the unrotated list first (nums[0] < nums[n - 1]), then searches for
// the first value below nums[0].
impl Solution {
    pub fn find_min(nums: Vec<i32>) -> i32 {
        let n = nums.len();
        if nums[0] <= nums[n - 1] {
            return nums[0];
        }
        let (mut lo, mut hi) = (1usize, n - 1);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if nums[mid] > nums[0] {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        nums[lo]
    }
}
