// Finds the longest contiguous increasing run (a subarray), not a
// subsequence: [1, 3, 2, 4, 3, 5] gives 2.
impl Solution {
    pub fn length_of_lis(nums: Vec<i32>) -> i32 {
        let mut best = 1;
        let mut run = 1;
        for i in 1..nums.len() {
            if nums[i] > nums[i - 1] {
                run += 1;
                best = best.max(run);
            } else {
                run = 1;
            }
        }
        best
    }
}
