// Binary search on the value: the duplicate is at most m exactly when more
// than m elements are at most m. O(n log n) time, O(1) space.
impl Solution {
    pub fn find_duplicate(nums: Vec<i32>) -> i32 {
        let (mut lo, mut hi) = (1, nums.len() as i32 - 1);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let count = nums.iter().filter(|&&x| x <= mid).count() as i32;
            if count > mid {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        lo
    }
}
