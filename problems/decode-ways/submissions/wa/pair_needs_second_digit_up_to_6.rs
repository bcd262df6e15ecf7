// Accepts a two-digit code only when its second digit is at most 6, for a
// leading 1 as well as a leading 2: "17", "18" and "19" are missed.
impl Solution {
    pub fn num_decodings(s: String) -> i32 {
        let b = s.as_bytes();
        let (mut prev2, mut prev1) = (0i32, 1i32);
        for i in 0..b.len() {
            let mut cur = 0;
            if b[i] != b'0' {
                cur += prev1;
            }
            if i > 0 && (b[i - 1] == b'1' || b[i - 1] == b'2') && b[i] <= b'6' {
                cur += prev2;
            }
            prev2 = prev1;
            prev1 = cur;
        }
        prev1
    }
}
