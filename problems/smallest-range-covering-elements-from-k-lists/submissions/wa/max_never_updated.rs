// Takes the maximum of the first elements once and never raises it when the next
// element of a list is pushed: the reported range can miss the newest elements.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn smallest_range(nums: Vec<Vec<i32>>) -> Vec<i32> {
        let mut heap = BinaryHeap::new();
        let hi = nums.iter().map(|l| l[0]).max().unwrap();
        for (i, list) in nums.iter().enumerate() {
            heap.push(Reverse((list[0], i, 0usize)));
        }
        let mut best = (-1_000_000, 1_000_000);
        while let Some(Reverse((lo, i, j))) = heap.pop() {
            if lo <= hi && hi - lo < best.1 - best.0 {
                best = (lo, hi);
            }
            if j + 1 == nums[i].len() {
                break;
            }
            heap.push(Reverse((nums[i][j + 1], i, j + 1)));
        }
        vec![best.0, best.1]
    }
}
