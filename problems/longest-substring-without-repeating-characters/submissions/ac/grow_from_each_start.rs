// For every start, grows the window until a repeat, with a 128-entry table.
// O(n * k) for an alphabet of k = 95 characters: slower than the sliding window,
// but a window never exceeds 95 characters, so it stays linear in n.
impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        let b = s.as_bytes();
        let mut best = 0;
        for i in 0..b.len() {
            let mut seen = [false; 128];
            let mut j = i;
            while j < b.len() && !seen[b[j] as usize] {
                seen[b[j] as usize] = true;
                j += 1;
            }
            best = best.max(j - i);
        }
        best as i32
    }
}
