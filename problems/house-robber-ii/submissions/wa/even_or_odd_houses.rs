// Takes every other house around the circle (the even or the odd positions,
// dropping the last even one when n is odd), missing plans that skip two
// houses in a row.
impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        let n = nums.len();
        if n == 1 {
            return nums[0];
        }
        let even_end = if n % 2 == 1 { n - 1 } else { n };
        let even: i32 = nums[..even_end].iter().step_by(2).sum();
        let odd: i32 = nums.iter().skip(1).step_by(2).sum();
        even.max(odd)
    }
}
