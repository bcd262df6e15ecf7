// Marks seen values by negating nums[x], but reads x without taking its
// absolute value, so a value already negated indexes with a negative number
// (a panic), and the sign test looks at the wrong element.
impl Solution {
    pub fn find_duplicate(nums: Vec<i32>) -> i32 {
        let mut nums = nums;
        for i in 0..nums.len() {
            let x = nums[i];
            let idx = x as usize;
            if nums[idx] < 0 {
                return x;
            }
            nums[idx] = -nums[idx];
        }
        -1
    }
}
