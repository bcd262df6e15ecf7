// Types the keypad with a typo: 9 maps to "wxy", so every combination using 'z' is lost.
impl Solution {
    pub fn letter_combinations(digits: String) -> Vec<String> {
        const KEYS: [&str; 10] = ["", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxy"];
        let mut out = vec![String::new()];
        for d in digits.bytes() {
            let mut next = Vec::new();
            for p in &out {
                for c in KEYS[(d - b'0') as usize].chars() {
                    next.push(format!("{p}{c}"));
                }
            }
            out = next;
        }
        out
    }
}
