// Divides the product of everything by nums[i] with no thought for zeros: any
// zero in the input divides by zero (a panic), and the product can overflow too.
impl Solution {
    pub fn product_except_self(nums: Vec<i32>) -> Vec<i32> {
        let total: i64 = nums.iter().map(|&x| x as i64).product();
        nums.iter().map(|&x| (total / x as i64) as i32).collect()
    }
}
