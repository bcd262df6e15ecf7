impl Solution {
    pub fn count_bits(n: i32) -> Vec<i32> {
        // i >> 1 has the same bits as i without the lowest one.
        let n = n as usize;
        let mut bits = vec![0i32; n + 1];
        for i in 1..=n {
            bits[i] = bits[i >> 1] + (i & 1) as i32;
        }
        bits
    }
}
