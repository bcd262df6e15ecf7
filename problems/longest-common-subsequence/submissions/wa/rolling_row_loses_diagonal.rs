// One rolling row, but on a match it reads row[j - 1] of the CURRENT row instead of
// the saved diagonal, so one character can be matched several times ("a" vs "aa"
// gives 2 instead of 1).
impl Solution {
    pub fn longest_common_subsequence(text1: String, text2: String) -> i32 {
        let (a, b) = (text1.as_bytes(), text2.as_bytes());
        let mut row = vec![0; b.len() + 1];
        for i in 0..a.len() {
            for j in 1..=b.len() {
                if a[i] == b[j - 1] {
                    row[j] = row[j - 1] + 1;
                } else {
                    row[j] = row[j].max(row[j - 1]);
                }
            }
        }
        row[b.len()]
    }
}
