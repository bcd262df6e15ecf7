// Quadratic: for each end, the best chain over every earlier smaller value.
impl Solution {
    pub fn length_of_lis(nums: Vec<i32>) -> i32 {
        let mut best_ending: Vec<i32> = Vec::with_capacity(nums.len());
        for i in 0..nums.len() {
            let longest_before = (0..i).filter(|&j| nums[j] < nums[i]).map(|j| best_ending[j]).max().unwrap_or(0);
            best_ending.push(longest_before + 1);
        }
        best_ending.into_iter().max().unwrap_or(0)
    }
}
