impl Solution {
    pub fn combination_sum4(nums: Vec<i32>, target: i32) -> i32 {
        // ways[t] = number of ordered sequences summing to t; the last number
        // of a sequence is any num <= t. Counts for sums that cannot lead to the
        // target may exceed i32; they never reach ways[target], and wrapping
        // arithmetic (mod 2^32) keeps ways[target] exact since it fits.
        let target = target as usize;
        let mut ways = vec![0i32; target + 1];
        ways[0] = 1;
        for t in 1..=target {
            for &x in &nums {
                let x = x as usize;
                if x <= t {
                    ways[t] = ways[t].wrapping_add(ways[t - x]);
                }
            }
        }
        ways[target]
    }
}
