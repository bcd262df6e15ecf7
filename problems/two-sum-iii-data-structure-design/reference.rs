use std::collections::HashMap;

/// How many times each number was added, and the distinct numbers in a list
/// so that `find` walks them without iterating the map.
struct TwoSum {
    count: HashMap<i32, u32>,
    distinct: Vec<i32>,
}

impl TwoSum {
    fn new() -> Self {
        TwoSum { count: HashMap::new(), distinct: Vec::new() }
    }

    fn add(&mut self, number: i32) {
        let c = self.count.entry(number).or_insert(0);
        if *c == 0 {
            self.distinct.push(number);
        }
        *c += 1;
    }

    fn find(&self, value: i32) -> bool {
        let value = value as i64;
        // Numbers are within +-10^5, so only targets within +-2*10^5 can match.
        if value.abs() > 200_000 {
            return false;
        }
        self.distinct.iter().any(|&x| {
            let y = value - x as i64;
            let y = y as i32;
            match self.count.get(&y) {
                Some(&c) => y != x || c >= 2,
                None => false,
            }
        })
    }
}
