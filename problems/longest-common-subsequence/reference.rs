impl Solution {
    pub fn longest_common_subsequence(text1: String, text2: String) -> i32 {
        let (a, b) = (text1.as_bytes(), text2.as_bytes());
        // Keep the row over the shorter string.
        let (a, b) = if a.len() < b.len() { (b, a) } else { (a, b) };
        let mut row = vec![0i32; b.len() + 1];
        for &x in a {
            let mut diag = 0; // row[j] of the previous row, before it is overwritten
            for (j, &y) in b.iter().enumerate() {
                let up = row[j + 1];
                row[j + 1] = if x == y { diag + 1 } else { up.max(row[j]) };
                diag = up;
            }
        }
        row[b.len()]
    }
}
