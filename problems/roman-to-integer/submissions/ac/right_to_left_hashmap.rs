// Walks from the right with a HashMap of values, subtracting a symbol worth
// less than the one after it.
use std::collections::HashMap;

impl Solution {
    pub fn roman_to_int(s: String) -> i32 {
        let m: HashMap<char, i32> =
            [('I', 1), ('V', 5), ('X', 10), ('L', 50), ('C', 100), ('D', 500), ('M', 1000)].into_iter().collect();
        let mut total = 0;
        let mut prev = 0;
        for c in s.chars().rev() {
            let v = m[&c];
            if v < prev {
                total -= v;
            } else {
                total += v;
                prev = v;
            }
        }
        total
    }
}
