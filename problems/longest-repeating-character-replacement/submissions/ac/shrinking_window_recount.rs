// Sliding window that shrinks with `while` and recomputes the true top count
// over the 26 letters at every step: O(26 n).
impl Solution {
    pub fn character_replacement(s: String, k: i32) -> i32 {
        let b: Vec<usize> = s.bytes().map(|c| (c - b'A') as usize).collect();
        let mut count = [0i32; 26];
        let (mut left, mut best) = (0, 0);
        for right in 0..b.len() {
            count[b[right]] += 1;
            while (right + 1 - left) as i32 - *count.iter().max().unwrap() > k {
                count[b[left]] -= 1;
                left += 1;
            }
            best = best.max(right + 1 - left);
        }
        best as i32
    }
}
