// Heap of end times without `Reverse`: peek gives the LATEST end, so a room
// that is already free is not noticed while a long meeting is running.
use std::collections::BinaryHeap;

impl Solution {
    pub fn min_meeting_rooms(mut intervals: Vec<Vec<i32>>) -> i32 {
        intervals.sort_by_key(|m| m[0]);
        let mut heap = BinaryHeap::new();
        for m in intervals {
            if let Some(&end) = heap.peek() {
                if end <= m[0] {
                    heap.pop();
                }
            }
            heap.push(m[1]);
        }
        heap.len() as i32
    }
}
