// Best-first search from the top-left corner pushing the right and lower neighbours of
// each popped cell, without remembering which cells were pushed: a cell reached from
// both its upper and left neighbour is counted twice.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn kth_smallest(matrix: Vec<Vec<i32>>, k: i32) -> i32 {
        let n = matrix.len();
        let mut heap = BinaryHeap::from([Reverse((matrix[0][0], 0usize, 0usize))]);
        for _ in 1..k {
            let Reverse((_, r, c)) = heap.pop().unwrap();
            if r + 1 < n {
                heap.push(Reverse((matrix[r + 1][c], r + 1, c)));
            }
            if c + 1 < n {
                heap.push(Reverse((matrix[r][c + 1], r, c + 1)));
            }
        }
        heap.peek().unwrap().0 .0
    }
}
