// Always pushes the new number into the lower heap and only moves its top
// over when the lower heap gets too big. A large number that arrives while
// the sizes are fine stays in the lower half, above values of the upper half:
// adding 1, 10, 20 reports 20 instead of 10.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

struct MedianFinder {
    lo: BinaryHeap<i32>,
    hi: BinaryHeap<Reverse<i32>>,
}

impl MedianFinder {
    fn new() -> Self {
        Self { lo: BinaryHeap::new(), hi: BinaryHeap::new() }
    }

    fn add_num(&mut self, num: i32) {
        self.lo.push(num);
        if self.lo.len() > self.hi.len() + 1 {
            let top = self.lo.pop().unwrap();
            self.hi.push(Reverse(top));
        }
    }

    fn find_median(&mut self) -> f64 {
        if self.lo.len() > self.hi.len() {
            *self.lo.peek().unwrap() as f64
        } else {
            (*self.lo.peek().unwrap() as f64 + self.hi.peek().unwrap().0 as f64) / 2.0
        }
    }
}
