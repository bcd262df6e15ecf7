// Last-index table, but jumps the left edge to last[c] + 1 even when that
// position is already left of the window, moving the window backwards:
// "abba" gives 3.
impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        let mut last = [-1i32; 128];
        let mut left = 0i32;
        let mut best = 0;
        for (i, b) in s.bytes().enumerate() {
            let i = i as i32;
            if last[b as usize] >= 0 {
                left = last[b as usize] + 1;
            }
            last[b as usize] = i;
            best = best.max(i - left + 1);
        }
        best
    }
}
