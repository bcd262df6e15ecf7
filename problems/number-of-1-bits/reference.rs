impl Solution {
    pub fn hammingWeight(n: u32) -> i32 {
        // n & (n - 1) clears the lowest set bit: one iteration per 1 bit.
        let (mut n, mut count) = (n, 0);
        while n != 0 {
            n &= n - 1;
            count += 1;
        }
        count
    }
}
