// The unsorted Two Sum approach: a HashMap from value to its position, looked
// up before inserting. O(n) time but O(n) space.
use std::collections::HashMap;

impl Solution {
    pub fn two_sum(numbers: Vec<i32>, target: i32) -> Vec<i32> {
        let mut seen = HashMap::new();
        for (i, &x) in numbers.iter().enumerate() {
            if let Some(&j) = seen.get(&(target - x)) {
                return vec![j + 1, i as i32 + 1];
            }
            seen.insert(x, i as i32);
        }
        vec![]
    }
}
