// Needs each distinct letter of t once, ignoring how many copies t has:
// s = "AxAyB", t = "AAB" gives "AyB".
impl Solution {
    pub fn min_window(s: String, t: String) -> String {
        let sb = s.as_bytes();
        let mut want = [false; 128];
        for &c in t.as_bytes() {
            want[c as usize] = true;
        }
        let required = want.iter().filter(|&&w| w).count();
        let mut have = [0usize; 128];
        let mut formed = 0;
        let (mut left, mut best) = (0, (0, usize::MAX));
        for right in 0..sb.len() {
            let c = sb[right] as usize;
            have[c] += 1;
            if want[c] && have[c] == 1 {
                formed += 1;
            }
            while formed == required {
                if right + 1 - left < best.1 {
                    best = (left, right + 1 - left);
                }
                let d = sb[left] as usize;
                have[d] -= 1;
                if want[d] && have[d] == 0 {
                    formed -= 1;
                }
                left += 1;
            }
        }
        if best.1 == usize::MAX { String::new() } else { s[best.0..best.0 + best.1].to_string() }
    }
}
