// Correct but O(n * d): counts every distinct value by scanning the whole array again
// (2 * 10^4 distinct values times 10^5 elements = 2 * 10^9 comparisons).
impl Solution {
    pub fn top_k_frequent(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let mut distinct = nums.clone();
        distinct.sort_unstable();
        distinct.dedup();
        let mut pairs: Vec<(usize, i32)> =
            distinct.iter().map(|&x| (nums.iter().filter(|&&y| y == x).count(), x)).collect();
        pairs.sort_by(|a, b| b.0.cmp(&a.0));
        pairs.into_iter().take(k as usize).map(|(_, x)| x).collect()
    }
}
