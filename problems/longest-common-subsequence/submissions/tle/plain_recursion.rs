// Plain recursion without memoisation: every mismatch branches in two, which is
// exponential once the strings are long and mostly unequal.
impl Solution {
    pub fn longest_common_subsequence(text1: String, text2: String) -> i32 {
        fn go(a: &[u8], b: &[u8]) -> i32 {
            if a.is_empty() || b.is_empty() {
                return 0;
            }
            if a[0] == b[0] {
                1 + go(&a[1..], &b[1..])
            } else {
                go(&a[1..], b).max(go(a, &b[1..]))
            }
        }
        go(text1.as_bytes(), text2.as_bytes())
    }
}
