// Shifts while n > 1 instead of n > 0, so the highest set bit is never
// counted (1 gives 0).
impl Solution {
    pub fn hamming_weight(n: i32) -> i32 {
        let mut n = n;
        let mut count = 0;
        while n > 1 {
            count += n & 1;
            n >>= 1;
        }
        count
    }
}
