// Extends a running sum from every start position: O(n^2), too slow for 10^5.
impl Solution {
    pub fn max_sub_array(nums: Vec<i32>) -> i32 {
        let n = nums.len();
        let mut best = i32::MIN;
        for i in 0..n {
            let mut sum = 0;
            for j in i..n {
                sum += nums[j];
                if sum > best {
                    best = sum;
                }
            }
        }
        best
    }
}
