// From every start, extends the end until the window covers t (counting what
// is still missing): O(m^2) when covering windows are long or absent.
impl Solution {
    pub fn min_window(s: String, t: String) -> String {
        let sb = s.as_bytes();
        let mut base = [0i32; 128];
        for &c in t.as_bytes() {
            base[c as usize] += 1;
        }
        let mut best = (0, usize::MAX);
        for i in 0..sb.len() {
            let mut need = base;
            let mut missing = t.len();
            for j in i..sb.len() {
                let c = sb[j] as usize;
                if need[c] > 0 {
                    missing -= 1;
                }
                need[c] -= 1;
                if missing == 0 {
                    if j + 1 - i < best.1 {
                        best = (i, j + 1 - i);
                    }
                    break;
                }
            }
        }
        if best.1 == usize::MAX { String::new() } else { s[best.0..best.0 + best.1].to_string() }
    }
}
