// Sorts by start, then only checks whether any meeting starts before the
// FIRST one ends: a clash between two later meetings is missed.
impl Solution {
    pub fn can_attend_meetings(intervals: Vec<Vec<i32>>) -> bool {
        let mut v = intervals;
        v.sort_unstable();
        if v.is_empty() {
            return true;
        }
        let first_end = v[0][1];
        v.iter().skip(1).all(|m| m[0] >= first_end)
    }
}
