// Updates the best range on equal widths too (<= instead of <): among ranges of the same
// width it keeps the one with the LARGEST start instead of the smallest.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn smallest_range(nums: Vec<Vec<i32>>) -> Vec<i32> {
        let mut heap = BinaryHeap::new();
        let mut hi = i32::MIN;
        for (i, list) in nums.iter().enumerate() {
            heap.push(Reverse((list[0], i, 0usize)));
            hi = hi.max(list[0]);
        }
        let mut best = (-1_000_000, 1_000_000);
        while let Some(Reverse((lo, i, j))) = heap.pop() {
            if hi - lo <= best.1 - best.0 {
                best = (lo, hi);
            }
            if j + 1 == nums[i].len() {
                break;
            }
            hi = hi.max(nums[i][j + 1]);
            heap.push(Reverse((nums[i][j + 1], i, j + 1)));
        }
        vec![best.0, best.1]
    }
}
