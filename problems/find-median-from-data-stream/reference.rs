use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// Two heaps: `low` (a max-heap) holds the smaller half, `high` (a min-heap)
/// the larger half; `low` has the same size as `high` or one more.
struct MedianFinder {
    low: BinaryHeap<i32>,
    high: BinaryHeap<Reverse<i32>>,
}

impl MedianFinder {
    fn new() -> Self {
        MedianFinder { low: BinaryHeap::new(), high: BinaryHeap::new() }
    }

    fn add_num(&mut self, num: i32) {
        // Route through `low` so its largest lands in `high`, then rebalance.
        self.low.push(num);
        let top = self.low.pop().unwrap();
        self.high.push(Reverse(top));
        if self.high.len() > self.low.len() {
            let Reverse(smallest) = self.high.pop().unwrap();
            self.low.push(smallest);
        }
    }

    fn find_median(&self) -> f64 {
        let mid = *self.low.peek().unwrap() as f64;
        if self.low.len() > self.high.len() {
            mid
        } else {
            (mid + self.high.peek().unwrap().0 as f64) / 2.0
        }
    }
}
