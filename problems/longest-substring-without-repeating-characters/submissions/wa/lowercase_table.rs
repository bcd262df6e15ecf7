// Assumes lowercase letters only: a 26-entry table indexed by c - 'a'. A space,
// a digit or an uppercase letter indexes out of bounds (a panic).
impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        let mut last = [0usize; 26];
        let mut left = 0;
        let mut best = 0;
        for (i, c) in s.bytes().enumerate() {
            let k = c.wrapping_sub(b'a') as usize;
            left = left.max(last[k]);
            last[k] = i + 1;
            best = best.max(i + 1 - left);
        }
        best as i32
    }
}
