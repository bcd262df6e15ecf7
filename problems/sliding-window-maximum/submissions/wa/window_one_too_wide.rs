// Expires the front only when its index is < i - k instead of <= i - k, so
// every window after the first holds k + 1 elements.
use std::collections::VecDeque;

impl Solution {
    pub fn max_sliding_window(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let k = k as i32;
        let mut dq: VecDeque<i32> = VecDeque::new();
        let mut out = Vec::new();
        for i in 0..nums.len() as i32 {
            while dq.back().is_some_and(|&j| nums[j as usize] <= nums[i as usize]) {
                dq.pop_back();
            }
            dq.push_back(i);
            if dq[0] < i - k {
                dq.pop_front();
            }
            if i + 1 >= k {
                out.push(nums[dq[0] as usize]);
            }
        }
        out
    }
}
