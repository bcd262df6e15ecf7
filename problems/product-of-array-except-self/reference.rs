impl Solution {
    pub fn product_except_self(nums: Vec<i32>) -> Vec<i32> {
        let n = nums.len();
        let mut answer = vec![1; n];
        // answer[i] = product of nums[..i]
        for i in 1..n {
            answer[i] = answer[i - 1] * nums[i - 1];
        }
        // times the product of nums[i + 1..], kept in `right`
        let mut right = 1;
        for i in (0..n - 1).rev() {
            right *= nums[i + 1];
            answer[i] *= right;
        }
        answer
    }
}
