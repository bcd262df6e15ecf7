// Keeps the window as a sorted Vec: binary search to remove the leaving value and to
// insert the new one (O(k) memmove each step, fast in practice).
impl Solution {
    pub fn median_sliding_window(nums: Vec<i32>, k: i32) -> Vec<f64> {
        let k = k as usize;
        let mut w: Vec<i32> = nums[..k].to_vec();
        w.sort_unstable();
        let mut out = Vec::with_capacity(nums.len() - k + 1);
        for i in k..=nums.len() {
            out.push(if k % 2 == 1 { w[k / 2] as f64 } else { (w[k / 2 - 1] as f64 + w[k / 2] as f64) / 2.0 });
            if i == nums.len() {
                break;
            }
            let pos = w.binary_search(&nums[i - k]).unwrap();
            w.remove(pos);
            let at = w.binary_search(&nums[i]).unwrap_or_else(|p| p);
            w.insert(at, nums[i]);
        }
        out
    }
}
