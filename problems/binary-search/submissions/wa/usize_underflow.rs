// Closed window on usize indices: when target is below nums[0], hi = mid - 1
// underflows at mid = 0 (wrapping to usize::MAX in a release build), and nums[mid] then indexes
// out of bounds: a panic.
impl Solution {
    pub fn search(nums: Vec<i32>, target: i32) -> i32 {
        let (mut lo, mut hi) = (0usize, nums.len() - 1);
        while lo <= hi {
            let mid = lo + (hi - lo) / 2;
            if nums[mid] == target {
                return mid as i32;
            } else if nums[mid] < target {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        -1
    }
}
