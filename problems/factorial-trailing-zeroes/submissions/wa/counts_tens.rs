// Counts multiples of 10 (and 100, 1000, ...), as if only those made zeros:
// 5! = 120 already has a zero.
impl Solution {
    pub fn trailing_zeroes(n: i32) -> i32 {
        let mut count = 0;
        let mut p = 10;
        while p <= n {
            count += n / p;
            p *= 10;
        }
        count
    }
}
