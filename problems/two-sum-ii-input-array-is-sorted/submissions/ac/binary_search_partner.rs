// For each position, binary-searches its partner among the later positions:
// O(n log n).
impl Solution {
    pub fn two_sum(numbers: Vec<i32>, target: i32) -> Vec<i32> {
        for i in 0..numbers.len() {
            let want = target - numbers[i];
            if let Ok(j) = numbers[i + 1..].binary_search(&want) {
                return vec![i as i32 + 1, (i + 1 + j) as i32 + 1];
            }
        }
        vec![]
    }
}
