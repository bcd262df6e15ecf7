// Sorts by start and keeps a min-heap of the end times of the rooms in use:
// the room that frees earliest is reused when it is free by the new start.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn min_meeting_rooms(mut intervals: Vec<Vec<i32>>) -> i32 {
        intervals.sort_by_key(|m| m[0]);
        let mut ends: BinaryHeap<Reverse<i32>> = BinaryHeap::new();
        for m in &intervals {
            if let Some(&Reverse(first_free)) = ends.peek() {
                if first_free <= m[0] {
                    ends.pop();
                }
            }
            ends.push(Reverse(m[1]));
        }
        ends.len() as i32
    }
}
