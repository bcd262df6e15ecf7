// Two heaps, but the even case averages with integer division before
// converting: (2 + 3) / 2 gives 2.0 instead of 2.5 (and -2 for -2.5).
use std::cmp::Reverse;
use std::collections::BinaryHeap;

struct MedianFinder {
    small: BinaryHeap<i32>,
    large: BinaryHeap<Reverse<i32>>,
}

impl MedianFinder {
    fn new() -> Self {
        MedianFinder { small: BinaryHeap::new(), large: BinaryHeap::new() }
    }

    fn add_num(&mut self, num: i32) {
        self.small.push(num);
        let x = self.small.pop().unwrap();
        self.large.push(Reverse(x));
        if self.large.len() > self.small.len() {
            let Reverse(y) = self.large.pop().unwrap();
            self.small.push(y);
        }
    }

    fn find_median(&self) -> f64 {
        if self.small.len() > self.large.len() {
            *self.small.peek().unwrap() as f64
        } else {
            ((self.small.peek().unwrap() + self.large.peek().unwrap().0) / 2) as f64
        }
    }
}
