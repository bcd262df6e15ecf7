// Counts every digit as a one-digit code, '0' included, so "10" decodes two
// ways ("1" "0" and "10") and "0" decodes once.
impl Solution {
    pub fn num_decodings(s: String) -> i32 {
        let b = s.as_bytes();
        let (mut prev2, mut prev1) = (0i32, 1i32);
        for i in 0..b.len() {
            let mut cur = prev1;
            if i > 0 && (b[i - 1] == b'1' || (b[i - 1] == b'2' && b[i] <= b'6')) {
                cur += prev2;
            }
            prev2 = prev1;
            prev1 = cur;
        }
        prev1
    }
}
