// Closed window [lo, hi] but loops while lo < hi, so the last remaining
// candidate is never compared: a one-element list, or a target that ends up
// alone in the window, gives -1.
impl Solution {
    pub fn search(nums: Vec<i32>, target: i32) -> i32 {
        let (mut lo, mut hi) = (0i32, nums.len() as i32 - 1);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if nums[mid as usize] == target {
                return mid;
            } else if nums[mid as usize] < target {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        -1
    }
}
