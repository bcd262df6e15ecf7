// Prefix sums: the best subarray ending at j is P[j + 1] minus the smallest
// prefix sum before it.
impl Solution {
    pub fn max_sub_array(nums: Vec<i32>) -> i32 {
        let mut prefix: i64 = 0;
        let mut min_prefix: i64 = 0;
        let mut ans = i64::MIN;
        for x in nums {
            prefix += x as i64;
            ans = ans.max(prefix - min_prefix);
            min_prefix = min_prefix.min(prefix);
        }
        ans as i32
    }
}
