// Compares the words position by position and adds the length difference: it never
// considers shifting one word against the other ("art" -> "cart" gives 4 instead of 1).
impl Solution {
    pub fn min_distance(word1: String, word2: String) -> i32 {
        let (a, b) = (word1.as_bytes(), word2.as_bytes());
        let diff = a.iter().zip(b).filter(|(x, y)| x != y).count();
        (diff + a.len().abs_diff(b.len())) as i32
    }
}
