// Sliding window with HashMaps of counts and a count of satisfied letters
// ("formed" against "required"), as in many write-ups.
use std::collections::HashMap;

impl Solution {
    pub fn min_window(s: String, t: String) -> String {
        let s: Vec<char> = s.chars().collect();
        let mut need: HashMap<char, i32> = HashMap::new();
        for c in t.chars() {
            *need.entry(c).or_insert(0) += 1;
        }
        let required = need.len();
        let mut have: HashMap<char, i32> = HashMap::new();
        let mut formed = 0;
        let (mut l, mut best): (usize, Option<(usize, usize)>) = (0, None);
        for r in 0..s.len() {
            let c = s[r];
            let e = have.entry(c).or_insert(0);
            *e += 1;
            if need.get(&c) == Some(e) {
                formed += 1;
            }
            while formed == required && l <= r {
                if best.is_none_or(|(a, b)| r - l < b - a) {
                    best = Some((l, r));
                }
                let d = s[l];
                let e = have.get_mut(&d).unwrap();
                *e -= 1;
                if let Some(&k) = need.get(&d) {
                    if *e < k {
                        formed -= 1;
                    }
                }
                l += 1;
            }
        }
        match best {
            Some((a, b)) => s[a..=b].iter().collect(),
            None => String::new(),
        }
    }
}
