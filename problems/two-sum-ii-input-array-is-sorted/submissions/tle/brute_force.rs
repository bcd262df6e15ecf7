// Checks every pair: O(n^2), too slow for 3 * 10^4 values when the pair is
// the last two elements.
impl Solution {
    pub fn two_sum(numbers: Vec<i32>, target: i32) -> Vec<i32> {
        for i in 0..numbers.len() {
            for j in i + 1..numbers.len() {
                if numbers[i] + numbers[j] == target {
                    return vec![i as i32 + 1, j as i32 + 1];
                }
            }
        }
        vec![]
    }
}
