// Seeds bits[1] = 1 before the loop, which indexes out of bounds for n = 0.
impl Solution {
    pub fn count_bits(n: i32) -> Vec<i32> {
        let n = n as usize;
        let mut bits = vec![0; n + 1];
        bits[1] = 1;
        for i in 2..=n {
            bits[i] = bits[i / 2] + (i % 2) as i32;
        }
        bits
    }
}
