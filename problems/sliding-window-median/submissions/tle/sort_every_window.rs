// Correct but O(n k log k): copies and sorts every window from scratch.
impl Solution {
    pub fn median_sliding_window(nums: Vec<i32>, k: i32) -> Vec<f64> {
        let k = k as usize;
        let mut out = Vec::new();
        for w in nums.windows(k) {
            let mut s = w.to_vec();
            s.sort_unstable();
            out.push(if k % 2 == 1 { s[k / 2] as f64 } else { (s[k / 2 - 1] as f64 + s[k / 2] as f64) / 2.0 });
        }
        out
    }
}
