// Greedy: takes each character of text1 as soon as it appears in text2 after the
// last match. Committing to an early match can block better ones ("zab" vs "abz"
// gives 1 instead of 2).
impl Solution {
    pub fn longest_common_subsequence(text1: String, text2: String) -> i32 {
        let b = text2.as_bytes();
        let mut pos = 0;
        let mut count = 0;
        for &c in text1.as_bytes() {
            if let Some(k) = b[pos..].iter().position(|&x| x == c) {
                count += 1;
                pos += k + 1;
            }
        }
        count
    }
}
