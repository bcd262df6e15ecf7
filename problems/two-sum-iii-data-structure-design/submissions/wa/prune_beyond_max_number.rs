// Prunes targets outside the range of a single number (|value| > 10^5)
// instead of the range of a sum of two (2 * 10^5): 10^5 + 99999 is missed.
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
        if !(-100_000..=100_000).contains(&value) {
            return false;
        }
        let v = value as i64;
        self.count.iter().any(|(&x, &c)| match self.count.get(&(v - x)) {
            Some(_) if v - x == x => c >= 2,
            Some(_) => true,
            None => false,
        })
    }
}
