// Counts occurrences but never lets a number pair with an equal one, even
// when it was added twice (requires x != y): find(6) after add(3), add(3)
// answers false.
use std::collections::HashMap;

struct TwoSum {
    count: HashMap<i64, u32>,
}

impl TwoSum {
    fn new() -> Self {
        TwoSum { count: HashMap::new() }
    }

    fn add(&mut self, number: i32) {
        *self.count.entry(number as i64).or_insert(0) += 1;
    }

    fn find(&self, value: i32) -> bool {
        let v = value as i64;
        self.count.keys().any(|&x| v - x != x && self.count.contains_key(&(v - x)))
    }
}
