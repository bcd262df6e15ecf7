// Recursion over "which number comes next" without a memo: correct, but it
// visits every sequence one by one (and every dead end).
impl Solution {
    pub fn combination_sum4(nums: Vec<i32>, target: i32) -> i32 {
        if target == 0 {
            return 1;
        }
        let mut total = 0i32;
        for &n in &nums {
            if n <= target {
                total = total.wrapping_add(Self::combination_sum4(nums.clone(), target - n));
            }
        }
        total
    }
}
