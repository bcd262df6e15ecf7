// Keeps an interval only when it starts strictly after the last kept end: intervals
// that merely touch ([1, 2] and [2, 3]) are treated as overlapping.
impl Solution {
    pub fn erase_overlap_intervals(mut intervals: Vec<Vec<i32>>) -> i32 {
        intervals.sort_by(|a, b| a[1].cmp(&b[1]));
        let mut count = 0;
        let mut end = intervals[0][1];
        for i in 1..intervals.len() {
            if intervals[i][0] > end {
                end = intervals[i][1];
            } else {
                count += 1;
            }
        }
        count
    }
}
