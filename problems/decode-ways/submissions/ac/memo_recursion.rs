// Top-down over the start index with a memo: ways(i) = ways(i + 1) if s[i] is
// not '0', plus ways(i + 2) if s[i..i + 2] is a code from 10 to 26.
impl Solution {
    pub fn num_decodings(s: String) -> i32 {
        fn ways(i: usize, b: &[u8], memo: &mut Vec<Option<i32>>) -> i32 {
            if i == b.len() {
                return 1;
            }
            if b[i] == b'0' {
                return 0;
            }
            if let Some(v) = memo[i] {
                return v;
            }
            let mut v = ways(i + 1, b, memo);
            if i + 1 < b.len() {
                let code = (b[i] - b'0') * 10 + (b[i + 1] - b'0');
                if code <= 26 {
                    v += ways(i + 2, b, memo);
                }
            }
            memo[i] = Some(v);
            v
        }
        let b = s.as_bytes();
        let mut memo = vec![None; b.len()];
        ways(0, b, &mut memo)
    }
}
