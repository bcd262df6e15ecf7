// Counts each distinct value, then picks a <= b <= c among the distinct values with
// c = -a - b looked up in the map, checking multiplicities when values repeat.
use std::collections::HashMap;

impl Solution {
    pub fn three_sum(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let mut count: HashMap<i32, usize> = HashMap::new();
        for &x in &nums {
            *count.entry(x).or_insert(0) += 1;
        }
        let mut vals: Vec<i32> = count.keys().copied().collect();
        vals.sort_unstable();
        let mut out = Vec::new();
        for (ia, &a) in vals.iter().enumerate() {
            if a > 0 {
                break;
            }
            for &b in &vals[ia..] {
                let c = -a - b;
                if c < b {
                    break;
                }
                let Some(&have_c) = count.get(&c) else { continue };
                let ok = if a == b && b == c {
                    count[&a] >= 3
                } else if a == b {
                    count[&a] >= 2
                } else if b == c {
                    have_c >= 2
                } else {
                    true
                };
                if ok {
                    out.push(vec![a, b, c]);
                }
            }
        }
        out
    }
}
