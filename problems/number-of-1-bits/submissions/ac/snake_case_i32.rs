// The revised LeetCode template: snake_case name and an i32 parameter.
// Shifts the value right and counts the low bits (n is positive).
impl Solution {
    pub fn hamming_weight(n: i32) -> i32 {
        let mut n = n;
        let mut count = 0;
        while n > 0 {
            count += n & 1;
            n >>= 1;
        }
        count
    }
}
