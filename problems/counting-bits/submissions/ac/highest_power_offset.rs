// bits[i] = 1 + bits[i - p], where p is the highest power of two <= i,
// updated before it is used.
impl Solution {
    pub fn count_bits(n: i32) -> Vec<i32> {
        let n = n as usize;
        let mut bits = vec![0; n + 1];
        let mut p = 1;
        for i in 1..=n {
            if p * 2 == i {
                p = i;
            }
            bits[i] = 1 + bits[i - p];
        }
        bits
    }
}
