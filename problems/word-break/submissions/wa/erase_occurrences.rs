// Deletes every occurrence of each word from s (longest words first) and
// checks that nothing is left. Deleting a word glues its neighbours together
// ("abcd" with ["bc", "ad"] gives true), and a long word can cut through the
// words a real split needs ("abcd" with ["abc", "ab", "cd"] gives false).
impl Solution {
    pub fn word_break(s: String, mut word_dict: Vec<String>) -> bool {
        word_dict.sort_by_key(|w| std::cmp::Reverse(w.len()));
        let mut rest = s;
        for w in &word_dict {
            rest = rest.replace(w.as_str(), "");
        }
        rest.is_empty()
    }
}
