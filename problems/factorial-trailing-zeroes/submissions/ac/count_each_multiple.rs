// Walks over every multiple of 5 up to n and counts its factors of 5.
impl Solution {
    pub fn trailing_zeroes(n: i32) -> i32 {
        let mut count = 0;
        let mut k = 5;
        while k <= n {
            let mut v = k;
            while v % 5 == 0 {
                count += 1;
                v /= 5;
            }
            k += 5;
        }
        count
    }
}
