// For every position, multiplies all the other elements afresh: O(n^2).
impl Solution {
    pub fn product_except_self(nums: Vec<i32>) -> Vec<i32> {
        let n = nums.len();
        let mut res = Vec::with_capacity(n);
        for i in 0..n {
            let mut p: i64 = 1;
            for j in 0..n {
                if j != i {
                    p *= nums[j] as i64;
                }
            }
            res.push(p as i32);
        }
        res
    }
}
