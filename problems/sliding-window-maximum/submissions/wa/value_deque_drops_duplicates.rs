// Keeps values (not indices) in the deque and pops equal values from the back,
// then expires the front when it equals the outgoing value: with duplicates the
// surviving copy is the newer one, and it gets expired too early
// ([5, 5, 1], k = 2, gives [5, 1] instead of [5, 5]).
use std::collections::VecDeque;

impl Solution {
    pub fn max_sliding_window(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let k = k as usize;
        let mut dq: VecDeque<i32> = VecDeque::new();
        let mut out = Vec::new();
        for i in 0..nums.len() {
            if i >= k && dq.front() == Some(&nums[i - k]) {
                dq.pop_front();
            }
            while dq.back().is_some_and(|&v| v <= nums[i]) {
                dq.pop_back();
            }
            dq.push_back(nums[i]);
            if i + 1 >= k {
                out.push(dq[0]);
            }
        }
        out
    }
}
