// Longest run of one letter plus k, capped at the length: misses windows that
// join several runs of the same letter ("AABAA", k = 1, gives 3, not 5).
impl Solution {
    pub fn character_replacement(s: String, k: i32) -> i32 {
        let b = s.as_bytes();
        let (mut run, mut best) = (0, 0);
        for i in 0..b.len() {
            run = if i > 0 && b[i] == b[i - 1] { run + 1 } else { 1 };
            best = best.max(run);
        }
        (best + k).min(b.len() as i32)
    }
}
