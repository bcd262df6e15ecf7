impl Solution {
    pub fn find_min(nums: Vec<i32>) -> i32 {
        let (mut lo, mut hi) = (0usize, nums.len() - 1);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if nums[mid] > nums[hi] {
                // The break lies after mid.
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        nums[lo]
    }
}
