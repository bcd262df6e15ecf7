impl Solution {
    pub fn min_distance(word1: String, word2: String) -> i32 {
        let (a, b) = (word1.as_bytes(), word2.as_bytes());
        // row[j] = distance between the current prefix of a and b[..j].
        let mut row: Vec<i32> = (0..=b.len() as i32).collect();
        for (i, &x) in a.iter().enumerate() {
            let mut diag = row[0];
            row[0] = i as i32 + 1;
            for (j, &y) in b.iter().enumerate() {
                let up = row[j + 1];
                row[j + 1] = if x == y { diag } else { 1 + diag.min(up).min(row[j]) };
                diag = up;
            }
        }
        row[b.len()]
    }
}
