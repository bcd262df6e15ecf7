// Rolling row whose first cell is never set to i: every row behaves as if the
// prefix of word1 could be deleted for free ("abc" -> "" gives 0 instead of 3).
impl Solution {
    pub fn min_distance(word1: String, word2: String) -> i32 {
        let (a, b) = (word1.as_bytes(), word2.as_bytes());
        let n = b.len();
        let mut prev: Vec<i32> = (0..=n as i32).collect();
        for i in 1..=a.len() {
            let mut cur = vec![0; n + 1];
            for j in 1..=n {
                cur[j] = if a[i - 1] == b[j - 1] {
                    prev[j - 1]
                } else {
                    1 + prev[j - 1].min(prev[j]).min(cur[j - 1])
                };
            }
            prev = cur;
        }
        prev[n]
    }
}
