// The robot makes m - 1 down moves and n - 1 right moves in some order:
// C(m + n - 2, k) with k the smaller count, built incrementally in u64 (each
// partial value is itself a binomial, so the division is exact).
impl Solution {
    pub fn unique_paths(m: i32, n: i32) -> i32 {
        let total = (m + n - 2) as u64;
        let k = (m.min(n) - 1) as u64;
        let mut c: u64 = 1;
        for i in 0..k {
            c = c * (total - i) / (i + 1);
        }
        c as i32
    }
}
