// Pair scan that stops as soon as numbers[i] > target, as if every value were
// non-negative: with negative numbers the pair can start above the target
// ([-5, -3, 0], target -8).
impl Solution {
    pub fn two_sum(numbers: Vec<i32>, target: i32) -> Vec<i32> {
        let n = numbers.len();
        let mut lo = 0;
        while lo < n && numbers[lo] <= target {
            let mut hi = n - 1;
            while hi > lo && numbers[lo] + numbers[hi] > target {
                hi -= 1;
            }
            if hi > lo && numbers[lo] + numbers[hi] == target {
                return vec![lo as i32 + 1, hi as i32 + 1];
            }
            lo += 1;
        }
        vec![]
    }
}
