// The O(n) window of the editorial with an off-by-one validity test: it drops
// the leftmost character when length >= top + k instead of >, so a window
// using exactly k overwrites is never kept.
impl Solution {
    pub fn character_replacement(s: String, k: i32) -> i32 {
        let b = s.as_bytes();
        let k = k as usize;
        let mut count = [0usize; 26];
        let (mut top, mut left) = (0, 0);
        for right in 0..b.len() {
            let c = (b[right] - b'A') as usize;
            count[c] += 1;
            top = top.max(count[c]);
            if right + 1 - left >= top + k {
                count[(b[left] - b'A') as usize] -= 1;
                left += 1;
            }
        }
        (b.len() - left) as i32
    }
}
