// Binary search on the value that compares the count with >= instead of >, so
// it drifts below the duplicate whenever the values up to mid are all present.
impl Solution {
    pub fn find_duplicate(nums: Vec<i32>) -> i32 {
        let (mut lo, mut hi) = (1, nums.len() as i32 - 1);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let count = nums.iter().filter(|&&x| x <= mid).count() as i32;
            if count >= mid {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        lo
    }
}
