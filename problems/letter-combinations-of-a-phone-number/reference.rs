impl Solution {
    pub fn letter_combinations(digits: String) -> Vec<String> {
        const KEYS: [&str; 10] = ["", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"];
        if digits.is_empty() {
            return vec![];
        }
        let mut out = vec![String::new()];
        for d in digits.bytes() {
            let letters = KEYS[(d - b'0') as usize];
            let mut next = Vec::with_capacity(out.len() * letters.len());
            for prefix in &out {
                for c in letters.chars() {
                    let mut s = prefix.clone();
                    s.push(c);
                    next.push(s);
                }
            }
            out = next;
        }
        out
    }
}
