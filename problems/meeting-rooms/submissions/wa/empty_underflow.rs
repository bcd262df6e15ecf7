// Loops to `len() - 1`: on an empty calendar the usize subtraction wraps
// (no overflow checks) and the loop indexes past the end and panics.
impl Solution {
    pub fn can_attend_meetings(intervals: Vec<Vec<i32>>) -> bool {
        let mut v = intervals;
        v.sort_by_key(|m| m[0]);
        for i in 0..v.len() - 1 {
            if v[i][1] > v[i + 1][0] {
                return false;
            }
        }
        true
    }
}
