use std::collections::BinaryHeap;

impl Solution {
    pub fn find_maximized_capital(k: i32, w: i32, profits: Vec<i32>, capital: Vec<i32>) -> i32 {
        // Projects by required capital; a max-heap of the profits of the affordable ones.
        let mut order: Vec<usize> = (0..profits.len()).collect();
        order.sort_unstable_by_key(|&i| capital[i]);
        let mut heap = BinaryHeap::new();
        let mut w = w;
        let mut next = 0;
        for _ in 0..k {
            while next < order.len() && capital[order[next]] <= w {
                heap.push(profits[order[next]]);
                next += 1;
            }
            match heap.pop() {
                Some(p) => w += p,
                None => break, // nothing affordable: the capital can no longer grow
            }
        }
        w
    }
}
