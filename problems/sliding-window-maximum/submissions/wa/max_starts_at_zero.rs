// Block prefix/suffix maxima seeded with 0 instead of the first element of
// each block, so a window of negative numbers reports 0.
impl Solution {
    pub fn max_sliding_window(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let n = nums.len();
        let k = k as usize;
        let mut pre = vec![0; n];
        let mut suf = vec![0; n];
        let mut run = 0;
        for i in 0..n {
            if i % k == 0 {
                run = 0;
            }
            run = run.max(nums[i]);
            pre[i] = run;
        }
        run = 0;
        for i in (0..n).rev() {
            if (i + 1) % k == 0 || i == n - 1 {
                run = 0;
            }
            run = run.max(nums[i]);
            suf[i] = run;
        }
        (0..=n - k).map(|i| suf[i].max(pre[i + k - 1])).collect()
    }
}
