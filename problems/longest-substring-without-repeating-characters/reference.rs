impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        // last[c] = 1 + the last position of byte c, 0 if not seen yet
        let mut last = [0usize; 128];
        let mut left = 0;
        let mut best = 0;
        for (right, &c) in s.as_bytes().iter().enumerate() {
            let c = c as usize;
            left = left.max(last[c]);
            last[c] = right + 1;
            best = best.max(right + 1 - left);
        }
        best as i32
    }
}
