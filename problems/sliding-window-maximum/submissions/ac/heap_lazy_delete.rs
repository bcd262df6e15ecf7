// Max-heap of (value, index); expired tops are discarded lazily: O(n log n).
use std::collections::BinaryHeap;

impl Solution {
    pub fn max_sliding_window(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let k = k as usize;
        let mut heap = BinaryHeap::new();
        let mut out = Vec::new();
        for i in 0..nums.len() {
            heap.push((nums[i], i));
            if i + 1 >= k {
                while heap.peek().unwrap().1 + k <= i {
                    heap.pop();
                }
                out.push(heap.peek().unwrap().0);
            }
        }
        out
    }
}
