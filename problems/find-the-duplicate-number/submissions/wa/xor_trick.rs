// XOR of all elements and of 1..=n: cancels everything only when the
// duplicate appears exactly twice and no value is missing.
impl Solution {
    pub fn find_duplicate(nums: Vec<i32>) -> i32 {
        let n = nums.len() as i32 - 1;
        let mut x = 0;
        for &v in &nums {
            x ^= v;
        }
        for v in 1..=n {
            x ^= v;
        }
        x
    }
}
