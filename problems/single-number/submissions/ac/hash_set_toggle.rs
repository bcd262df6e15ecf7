// Adds a value on its first sight and removes it on its second: the set ends
// up holding only the lonely value. O(n) time, O(n) space.
use std::collections::HashSet;

impl Solution {
    pub fn single_number(nums: Vec<i32>) -> i32 {
        let mut set = HashSet::new();
        for x in nums {
            if !set.insert(x) {
                set.remove(&x);
            }
        }
        *set.iter().next().unwrap()
    }
}
