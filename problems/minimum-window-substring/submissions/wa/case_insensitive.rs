// Counts letters in a 26-entry table by their lowercase form, so 'A' and 'a'
// count as the same letter.
impl Solution {
    pub fn min_window(s: String, t: String) -> String {
        let idx = |c: u8| (c.to_ascii_lowercase() - b'a') as usize;
        let sb = s.as_bytes();
        let mut need = [0i32; 26];
        for &c in t.as_bytes() {
            need[idx(c)] += 1;
        }
        let mut missing = t.len();
        let (mut left, mut best) = (0, (0, usize::MAX));
        for right in 0..sb.len() {
            let c = idx(sb[right]);
            if need[c] > 0 {
                missing -= 1;
            }
            need[c] -= 1;
            while missing == 0 {
                if right + 1 - left < best.1 {
                    best = (left, right + 1 - left);
                }
                let d = idx(sb[left]);
                need[d] += 1;
                if need[d] > 0 {
                    missing += 1;
                }
                left += 1;
            }
        }
        if best.1 == usize::MAX { String::new() } else { s[best.0..best.0 + best.1].to_string() }
    }
}
