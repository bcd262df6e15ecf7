use std::collections::VecDeque;

impl Solution {
    pub fn max_sliding_window(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let k = k as usize;
        let mut out = Vec::with_capacity(nums.len() + 1 - k);
        // Indices whose values decrease from front to back.
        let mut dq: VecDeque<usize> = VecDeque::with_capacity(k);
        for i in 0..nums.len() {
            while dq.back().is_some_and(|&j| nums[j] <= nums[i]) {
                dq.pop_back();
            }
            dq.push_back(i);
            if dq[0] + k <= i {
                dq.pop_front();
            }
            if i + 1 >= k {
                out.push(nums[dq[0]]);
            }
        }
        out
    }
}
