// Always reports the element at index (k - 1) / 2 of the sorted window: right for odd k,
// but for even k it returns the lower middle instead of the mean of the two middles.
impl Solution {
    pub fn median_sliding_window(nums: Vec<i32>, k: i32) -> Vec<f64> {
        let k = k as usize;
        let mut w: Vec<i32> = nums[..k].to_vec();
        w.sort_unstable();
        let mut out = Vec::new();
        for i in k..=nums.len() {
            out.push(w[(k - 1) / 2] as f64);
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
