// Cyclic sort: swaps each value v into position v - 1, then every position i
// not holding i + 1 names a missing value. Returned in descending order.
impl Solution {
    pub fn find_disappeared_numbers(nums: Vec<i32>) -> Vec<i32> {
        let mut nums = nums;
        let mut i = 0;
        while i < nums.len() {
            let j = nums[i] as usize - 1;
            if nums[j] != nums[i] {
                nums.swap(i, j);
            } else {
                i += 1;
            }
        }
        (0..nums.len()).rev().filter(|&i| nums[i] != i as i32 + 1).map(|i| i as i32 + 1).collect()
    }
}
