// Uses a HashSet of the numbers: a number added once is allowed to pair with
// itself (find(2x) is true after a single add(x)).
use std::collections::HashSet;

struct TwoSum {
    set: HashSet<i64>,
}

impl TwoSum {
    fn new() -> Self {
        TwoSum { set: HashSet::new() }
    }

    fn add(&mut self, number: i32) {
        self.set.insert(number as i64);
    }

    fn find(&self, value: i32) -> bool {
        self.set.iter().any(|&x| self.set.contains(&(value as i64 - x)))
    }
}
