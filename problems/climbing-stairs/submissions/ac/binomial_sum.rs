// Counts by the number k of double steps: C(n - k, k) orderings each, with the
// binomial built incrementally in u64 (exact, no factorials).
impl Solution {
    pub fn climb_stairs(n: i32) -> i32 {
        let n = n as u64;
        let mut total: u64 = 0;
        let mut k = 0;
        while 2 * k <= n {
            let m = n - k; // moves in total
            let mut c: u64 = 1;
            for i in 0..k {
                c = c * (m - i) / (i + 1);
            }
            total += c;
            k += 1;
        }
        total as i32
    }
}
