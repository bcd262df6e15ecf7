// k-way merge of the rows with a min-heap of (value, row, col): pop k - 1 times, pushing
// the next entry of the popped row.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn kth_smallest(matrix: Vec<Vec<i32>>, k: i32) -> i32 {
        let n = matrix.len();
        let mut heap: BinaryHeap<Reverse<(i32, usize, usize)>> =
            (0..n).map(|r| Reverse((matrix[r][0], r, 0))).collect();
        for _ in 1..k {
            let Reverse((_, r, c)) = heap.pop().unwrap();
            if c + 1 < n {
                heap.push(Reverse((matrix[r][c + 1], r, c + 1)));
            }
        }
        heap.peek().unwrap().0 .0
    }
}
