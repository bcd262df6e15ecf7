// Counts with a hash map, then keeps the k most frequent in a min-heap of (count, value).
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

impl Solution {
    pub fn top_k_frequent(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let mut count = HashMap::new();
        for x in nums {
            *count.entry(x).or_insert(0) += 1;
        }
        let mut heap = BinaryHeap::new();
        for (x, c) in count {
            heap.push(Reverse((c, x)));
            if heap.len() > k as usize {
                heap.pop();
            }
        }
        heap.into_iter().map(|Reverse((_, x))| x).collect()
    }
}
