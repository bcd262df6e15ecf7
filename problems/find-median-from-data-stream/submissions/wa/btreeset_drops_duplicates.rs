// Uses two BTreeSets as "heaps with removal": a value that is already present
// is silently not inserted again, so repeated numbers are lost and the halves
// go out of balance.
use std::cell::RefCell;
use std::collections::BTreeSet;

struct MedianFinder {
    left: RefCell<BTreeSet<i32>>,
    right: RefCell<BTreeSet<i32>>,
}

impl MedianFinder {
    fn new() -> Self {
        MedianFinder { left: RefCell::new(BTreeSet::new()), right: RefCell::new(BTreeSet::new()) }
    }

    fn add_num(&self, num: i32) {
        let mut left = self.left.borrow_mut();
        let mut right = self.right.borrow_mut();
        left.insert(num);
        let max = *left.iter().next_back().unwrap();
        left.remove(&max);
        right.insert(max);
        if right.len() > left.len() {
            let min = *right.iter().next().unwrap();
            right.remove(&min);
            left.insert(min);
        }
    }

    fn find_median(&self) -> f64 {
        let left = self.left.borrow();
        let right = self.right.borrow();
        let a = *left.iter().next_back().unwrap() as f64;
        if left.len() > right.len() { a } else { (a + *right.iter().next().unwrap() as f64) / 2.0 }
    }
}
