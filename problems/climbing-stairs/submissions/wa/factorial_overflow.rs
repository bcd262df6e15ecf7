// Sums C(n - k, k) over the number k of double steps, but computes each
// binomial from full factorials in u64, which overflow past 20!.
impl Solution {
    pub fn climb_stairs(n: i32) -> i32 {
        fn fact(m: u64) -> u64 {
            (1..=m).fold(1, |acc, x| acc * x)
        }
        let n = n as u64;
        let mut total: u64 = 0;
        let mut k = 0;
        while 2 * k <= n {
            let m = n - k;
            total += fact(m) / (fact(k) * fact(m - k));
            k += 1;
        }
        total as i32
    }
}
