impl Solution {
    pub fn missing_number(nums: Vec<i32>) -> i32 {
        // x ^ x = 0: every present value cancels with the equal index.
        let n = nums.len() as i32;
        nums.iter().enumerate().fold(n, |acc, (i, &x)| acc ^ i as i32 ^ x)
    }
}
