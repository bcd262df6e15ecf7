// One sliding window per target letter: the longest window with at most k
// characters different from that letter. O(26 n).
impl Solution {
    pub fn character_replacement(s: String, k: i32) -> i32 {
        let b = s.as_bytes();
        let mut best = 0;
        for target in b'A'..=b'Z' {
            let mut others = 0;
            let mut left = 0;
            for right in 0..b.len() {
                if b[right] != target {
                    others += 1;
                }
                while others > k {
                    if b[left] != target {
                        others -= 1;
                    }
                    left += 1;
                }
                best = best.max(right + 1 - left);
            }
        }
        best as i32
    }
}
