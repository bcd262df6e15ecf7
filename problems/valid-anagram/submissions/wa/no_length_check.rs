// Counts s, subtracts t and only checks that no counter went negative, without
// comparing the lengths: s = "aab", t = "ab" gives true.
impl Solution {
    pub fn is_anagram(s: String, t: String) -> bool {
        let mut count = [0i32; 26];
        for c in s.bytes() {
            count[(c - b'a') as usize] += 1;
        }
        for c in t.bytes() {
            count[(c - b'a') as usize] -= 1;
            if count[(c - b'a') as usize] < 0 {
                return false;
            }
        }
        true
    }
}
