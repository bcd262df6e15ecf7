// Keeps a bounded heap of size k but uses a max-heap: each pop throws away the MOST
// frequent value, so the k least frequent ones survive.
use std::collections::{BinaryHeap, HashMap};

impl Solution {
    pub fn top_k_frequent(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let mut count = HashMap::new();
        for x in nums {
            *count.entry(x).or_insert(0) += 1;
        }
        let mut heap = BinaryHeap::new();
        for (x, c) in count {
            heap.push((c, x));
            if heap.len() > k as usize {
                heap.pop();
            }
        }
        heap.into_iter().map(|(_, x)| x).collect()
    }
}
