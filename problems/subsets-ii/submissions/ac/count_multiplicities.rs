// Counts each distinct value, then for every value chooses how many copies (0..=count)
// to take: a product over the distinct values, no duplicates by construction.
use std::collections::BTreeMap;

impl Solution {
    pub fn subsets_with_dup(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let mut count = BTreeMap::new();
        for x in nums {
            *count.entry(x).or_insert(0usize) += 1;
        }
        let mut out: Vec<Vec<i32>> = vec![vec![]];
        for (&x, &c) in &count {
            let len = out.len();
            for i in 0..len {
                let mut s = out[i].clone();
                for _ in 0..c {
                    s.push(x);
                    out.push(s.clone());
                }
            }
        }
        out
    }
}
