// Depth-first backtracking over the digits with a shared buffer, match-based keypad.
impl Solution {
    pub fn letter_combinations(digits: String) -> Vec<String> {
        fn letters(d: u8) -> &'static [u8] {
            match d {
                b'2' => b"abc",
                b'3' => b"def",
                b'4' => b"ghi",
                b'5' => b"jkl",
                b'6' => b"mno",
                b'7' => b"pqrs",
                b'8' => b"tuv",
                _ => b"wxyz",
            }
        }
        fn go(d: &[u8], i: usize, cur: &mut Vec<u8>, out: &mut Vec<String>) {
            if i == d.len() {
                out.push(String::from_utf8(cur.clone()).unwrap());
                return;
            }
            for &c in letters(d[i]) {
                cur.push(c);
                go(d, i + 1, cur, out);
                cur.pop();
            }
        }
        let mut out = Vec::new();
        if !digits.is_empty() {
            go(digits.as_bytes(), 0, &mut Vec::new(), &mut out);
        }
        out
    }
}
