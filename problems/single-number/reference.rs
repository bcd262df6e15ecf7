impl Solution {
    pub fn single_number(nums: Vec<i32>) -> i32 {
        // Pairs cancel under XOR (x ^ x = 0), whatever their order.
        nums.iter().fold(0, |acc, &x| acc ^ x)
    }
}
