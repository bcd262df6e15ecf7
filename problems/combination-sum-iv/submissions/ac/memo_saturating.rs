// Top-down with a memo, sorted nums with an early break, and u64 saturating
// sums (the C++ "skip if above INT_MAX" guard): a saturated count can only
// belong to a sum that does not lead to the target.
impl Solution {
    pub fn combination_sum4(mut nums: Vec<i32>, target: i32) -> i32 {
        fn count(rest: usize, nums: &[i32], memo: &mut Vec<Option<u64>>) -> u64 {
            if rest == 0 {
                return 1;
            }
            if let Some(v) = memo[rest] {
                return v;
            }
            let mut total: u64 = 0;
            for &x in nums {
                let x = x as usize;
                if x > rest {
                    break;
                }
                total = total.saturating_add(count(rest - x, nums, memo));
            }
            memo[rest] = Some(total);
            total
        }
        nums.sort_unstable();
        let mut memo = vec![None; target as usize + 1];
        count(target as usize, &nums, &mut memo) as i32
    }
}
