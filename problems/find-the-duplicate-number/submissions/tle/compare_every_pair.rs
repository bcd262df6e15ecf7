// Compares every pair of positions: O(n^2), too slow for 10^5 + 1 values when
// the two copies sit at the far end.
impl Solution {
    pub fn find_duplicate(nums: Vec<i32>) -> i32 {
        for i in 0..nums.len() {
            for j in i + 1..nums.len() {
                if nums[i] == nums[j] {
                    return nums[i];
                }
            }
        }
        unreachable!()
    }
}
