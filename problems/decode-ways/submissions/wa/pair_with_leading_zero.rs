// Checks only that a two-digit code is at most 26, forgetting that it must be
// at least 10: "06" is taken as the letter F.
impl Solution {
    pub fn num_decodings(s: String) -> i32 {
        let b = s.as_bytes();
        let (mut prev2, mut prev1) = (0i32, 1i32);
        for i in 0..b.len() {
            let mut cur = 0;
            if b[i] != b'0' {
                cur += prev1;
            }
            if i > 0 {
                let code = (b[i - 1] - b'0') * 10 + (b[i] - b'0');
                if code <= 26 {
                    cur += prev2;
                }
            }
            prev2 = prev1;
            prev1 = cur;
        }
        prev1
    }
}
