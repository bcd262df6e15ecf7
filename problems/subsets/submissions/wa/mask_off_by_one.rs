// Loops masks over 0..(1 << n) - 1, an exclusive bound one too low: the full set
// (mask 2^n - 1) is never produced.
impl Solution {
    pub fn subsets(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let n = nums.len();
        let mut out = Vec::new();
        for mask in 0..(1u32 << n) - 1 {
            out.push((0..n).filter(|&i| mask >> i & 1 == 1).map(|i| nums[i]).collect());
        }
        out
    }
}
