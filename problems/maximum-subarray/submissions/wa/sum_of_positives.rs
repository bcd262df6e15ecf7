// Adds every positive element (and falls back to the largest element when there
// is none), ignoring that the chosen elements must be contiguous:
// [3, -10, 4] gives 7 instead of 4.
impl Solution {
    pub fn max_sub_array(nums: Vec<i32>) -> i32 {
        let positive: i32 = nums.iter().filter(|&&x| x > 0).sum();
        if positive > 0 {
            positive
        } else {
            *nums.iter().max().unwrap()
        }
    }
}
