// Takes the most frequent letter of the whole string and adds k (capped at the
// length), as if its copies were contiguous: "ABAB" with k = 0 gives 2.
impl Solution {
    pub fn character_replacement(s: String, k: i32) -> i32 {
        let mut count = [0i32; 26];
        for c in s.bytes() {
            count[(c - b'A') as usize] += 1;
        }
        (count.iter().max().unwrap() + k).min(s.len() as i32)
    }
}
