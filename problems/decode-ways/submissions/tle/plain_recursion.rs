// ways(i) = ways(i + 1) + ways(i + 2) with no memo: correct, but it makes
// about as many calls as there are decodings (10^9 on the largest answers).
impl Solution {
    pub fn num_decodings(s: String) -> i32 {
        fn ways(i: usize, b: &[u8]) -> i32 {
            if i == b.len() {
                return 1;
            }
            if b[i] == b'0' {
                return 0;
            }
            let mut v = ways(i + 1, b);
            if i + 1 < b.len() && (b[i] == b'1' || (b[i] == b'2' && b[i + 1] <= b'6')) {
                v += ways(i + 2, b);
            }
            v
        }
        ways(0, s.as_bytes())
    }
}
