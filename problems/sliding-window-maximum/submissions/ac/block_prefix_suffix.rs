// Cuts nums into blocks of k; a window spans the suffix of one block and the
// prefix of the next, so its maximum is max(suffix_max[i], prefix_max[i + k - 1]).
impl Solution {
    pub fn max_sliding_window(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let n = nums.len();
        let k = k as usize;
        let mut pre = nums.clone();
        let mut suf = nums.clone();
        for i in 1..n {
            if i % k != 0 {
                pre[i] = pre[i].max(pre[i - 1]);
            }
        }
        for i in (0..n - 1).rev() {
            if (i + 1) % k != 0 {
                suf[i] = suf[i].max(suf[i + 1]);
            }
        }
        (0..=n - k).map(|i| suf[i].max(pre[i + k - 1])).collect()
    }
}
