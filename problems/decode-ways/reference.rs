impl Solution {
    pub fn num_decodings(s: String) -> i32 {
        // prev2, prev1: decodings of the prefixes two and one digits shorter.
        let b = s.as_bytes();
        let (mut prev2, mut prev1) = (0i32, 1i32); // "before the start", empty prefix
        for i in 0..b.len() {
            let mut cur = 0;
            if b[i] != b'0' {
                cur += prev1;
            }
            if i > 0 && (b[i - 1] == b'1' || (b[i - 1] == b'2' && b[i] <= b'6')) {
                cur += prev2;
            }
            prev2 = prev1;
            prev1 = cur;
        }
        prev1
    }
}
