// Two heaps behind RefCell, keeping LeetCode's `&self` signatures. The lower
// half may hold one extra element; a new number goes to the side it belongs to
// and the sizes are then evened out. Pasted with LeetCode's whole template,
// including the trailing `/** ... */` usage comment, which documents nothing
// unless the judge appends its driver after the user's code.
use std::cell::RefCell;
use std::cmp::Reverse;
use std::collections::BinaryHeap;

#[derive(Default)]
struct MedianFinder {
    lower: RefCell<BinaryHeap<i32>>,
    upper: RefCell<BinaryHeap<Reverse<i32>>>,
}

/**
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl MedianFinder {
    fn new() -> Self {
        Self::default()
    }

    fn add_num(&self, num: i32) {
        let mut lower = self.lower.borrow_mut();
        let mut upper = self.upper.borrow_mut();
        if lower.peek().is_none_or(|&top| num <= top) {
            lower.push(num);
        } else {
            upper.push(Reverse(num));
        }
        if lower.len() > upper.len() + 1 {
            let x = lower.pop().unwrap();
            upper.push(Reverse(x));
        } else if upper.len() > lower.len() {
            let Reverse(x) = upper.pop().unwrap();
            lower.push(x);
        }
    }

    fn find_median(&self) -> f64 {
        let lower = self.lower.borrow();
        let upper = self.upper.borrow();
        if lower.len() > upper.len() {
            *lower.peek().unwrap() as f64
        } else {
            (*lower.peek().unwrap() as f64 + upper.peek().unwrap().0 as f64) / 2.0
        }
    }
}

/**
 * Your MedianFinder object will be instantiated and called as such:
 * let obj = MedianFinder::new();
 * obj.add_num(num);
 * let ret_2: f64 = obj.find_median();
 */
