// Top-down over positions, trying every dictionary word with starts_with and
// remembering which positions fail (O(n * words * 20)).
impl Solution {
    pub fn word_break(s: String, word_dict: Vec<String>) -> bool {
        fn can(i: usize, s: &str, words: &[String], failed: &mut Vec<bool>) -> bool {
            if i == s.len() {
                return true;
            }
            if failed[i] {
                return false;
            }
            for w in words {
                if s[i..].starts_with(w.as_str()) && can(i + w.len(), s, words, failed) {
                    return true;
                }
            }
            failed[i] = true;
            false
        }
        let mut failed = vec![false; s.len()];
        can(0, &s, &word_dict, &mut failed)
    }
}
