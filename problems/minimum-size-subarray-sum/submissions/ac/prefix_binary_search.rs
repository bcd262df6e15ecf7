// Prefix sums (increasing, as every number is positive) and, for each start, a
// binary search for the first end that reaches the target: O(n log n).
impl Solution {
    pub fn min_sub_array_len(target: i32, nums: Vec<i32>) -> i32 {
        let n = nums.len();
        let mut prefix = vec![0i64; n + 1];
        for i in 0..n {
            prefix[i + 1] = prefix[i] + nums[i] as i64;
        }
        let mut best = n + 1;
        for i in 0..n {
            let want = prefix[i] + target as i64;
            let j = prefix.partition_point(|&p| p < want);
            if j <= n {
                best = best.min(j - i);
            }
        }
        if best == n + 1 { 0 } else { best as i32 }
    }
}
