// Finds the rotation point as the first value below nums[0] by binary search,
// assuming the list really was rotated. When it was not, the search stops at
// the last index, which is then treated as the start of the second run: a
// target equal to the largest value is looked for in nums[..n - 1] only.
impl Solution {
    pub fn search(nums: Vec<i32>, target: i32) -> i32 {
        let n = nums.len();
        let (mut lo, mut hi) = (0usize, n - 1);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if nums[mid] >= nums[0] {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        let pivot = lo;
        let (start, end) = if target >= nums[0] { (0, pivot) } else { (pivot, n) };
        match nums[start..end].binary_search(&target) {
            Ok(i) => (start + i) as i32,
            Err(_) => -1,
        }
    }
}
