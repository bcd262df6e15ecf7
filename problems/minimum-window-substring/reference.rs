impl Solution {
    pub fn min_window(s: String, t: String) -> String {
        let sb = s.as_bytes();
        // need[c] = copies of c the window still lacks (negative: spare copies)
        let mut need = [0i32; 128];
        for &c in t.as_bytes() {
            need[c as usize] += 1;
        }
        let mut missing = t.len();
        let (mut best_start, mut best_len) = (0, usize::MAX);
        let mut left = 0;
        for right in 0..sb.len() {
            let c = sb[right] as usize;
            if need[c] > 0 {
                missing -= 1;
            }
            need[c] -= 1;
            if missing == 0 {
                // Drop characters the window has to spare.
                while need[sb[left] as usize] < 0 {
                    need[sb[left] as usize] += 1;
                    left += 1;
                }
                if right + 1 - left < best_len {
                    best_len = right + 1 - left;
                    best_start = left;
                }
                // Give up the leftmost needed character and keep looking.
                need[sb[left] as usize] += 1;
                missing += 1;
                left += 1;
            }
        }
        if best_len == usize::MAX { String::new() } else { s[best_start..best_start + best_len].to_string() }
    }
}
