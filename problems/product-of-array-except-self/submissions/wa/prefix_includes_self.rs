// Prefix and suffix products, but the prefix at i already includes nums[i]
// (an off-by-one in which index the running product is read at).
impl Solution {
    pub fn product_except_self(nums: Vec<i32>) -> Vec<i32> {
        let n = nums.len();
        let mut ans = vec![1; n];
        let mut left = 1;
        for i in 0..n {
            left *= nums[i];
            ans[i] = left;
        }
        let mut right = 1;
        for i in (0..n).rev() {
            ans[i] *= right;
            right *= nums[i];
        }
        ans
    }
}
