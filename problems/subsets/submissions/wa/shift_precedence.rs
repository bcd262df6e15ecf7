// Means `0..=(1 << n) - 1` but writes `0..=1 << n - 1`, which Rust reads as
// `0..=1 << (n - 1)`: only about half of the masks are visited.
impl Solution {
    pub fn subsets(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let n = nums.len();
        let mut out = Vec::new();
        for mask in 0..=1u32 << n - 1 {
            out.push((0..n).filter(|&i| mask >> i & 1 == 1).map(|i| nums[i]).collect());
        }
        out
    }
}
