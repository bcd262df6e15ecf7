use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn smallest_range(nums: Vec<Vec<i32>>) -> Vec<i32> {
        // A min-heap of (value, list, index) holding one element of every list; the range
        // [heap minimum, current maximum] covers all lists. Advance the list of the minimum.
        let mut heap = BinaryHeap::with_capacity(nums.len());
        let mut hi = i32::MIN;
        for (i, list) in nums.iter().enumerate() {
            heap.push(Reverse((list[0], i, 0usize)));
            hi = hi.max(list[0]);
        }
        let mut best = (i32::MIN, i32::MAX);
        while let Some(Reverse((lo, i, j))) = heap.pop() {
            // Minimums only grow, so on equal widths the first range has the smaller start.
            if i64::from(hi) - i64::from(lo) < i64::from(best.1) - i64::from(best.0) {
                best = (lo, hi);
            }
            if j + 1 == nums[i].len() {
                break; // list i is used up: no later range covers it
            }
            let next = nums[i][j + 1];
            hi = hi.max(next);
            heap.push(Reverse((next, i, j + 1)));
        }
        vec![best.0, best.1]
    }
}
