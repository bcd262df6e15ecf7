// Finds the rotation point (the index of the minimum) by binary search, then
// runs an ordinary binary search on the rotated index space.
impl Solution {
    pub fn search(nums: Vec<i32>, target: i32) -> i32 {
        let n = nums.len();
        let (mut lo, mut hi) = (0usize, n - 1);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if nums[mid] > nums[hi] {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        let shift = lo;
        let (mut lo, mut hi) = (0usize, n);
        while lo < hi {
            let mid = (lo + hi) / 2;
            let v = nums[(mid + shift) % n];
            if v == target {
                return ((mid + shift) % n) as i32;
            } else if v < target {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        -1
    }
}
