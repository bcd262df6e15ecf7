// Grows a window from every start, tracking the top count, until it needs more
// than k overwrites: O(n^2) when windows are long (k large).
impl Solution {
    pub fn character_replacement(s: String, k: i32) -> i32 {
        let b = s.as_bytes();
        let k = k as usize;
        let mut best = 0;
        for i in 0..b.len() {
            let mut count = [0usize; 26];
            let mut top = 0;
            for j in i..b.len() {
                let c = (b[j] - b'A') as usize;
                count[c] += 1;
                top = top.max(count[c]);
                if j + 1 - i - top > k {
                    break;
                }
                best = best.max(j + 1 - i);
            }
        }
        best as i32
    }
}
