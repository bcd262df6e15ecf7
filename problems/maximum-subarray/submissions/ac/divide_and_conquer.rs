// Divide and conquer: the best subarray lies in the left half, in the right half,
// or crosses the middle (best suffix of the left + best prefix of the right).
// O(n log n), recursive.
impl Solution {
    pub fn max_sub_array(nums: Vec<i32>) -> i32 {
        fn solve(a: &[i32]) -> i32 {
            if a.len() == 1 {
                return a[0];
            }
            let mid = a.len() / 2;
            let (l, r) = a.split_at(mid);
            let mut sum = 0;
            let mut best_suffix = i32::MIN;
            for &x in l.iter().rev() {
                sum += x;
                best_suffix = best_suffix.max(sum);
            }
            sum = 0;
            let mut best_prefix = i32::MIN;
            for &x in r {
                sum += x;
                best_prefix = best_prefix.max(sum);
            }
            solve(l).max(solve(r)).max(best_suffix + best_prefix)
        }
        solve(&nums)
    }
}
