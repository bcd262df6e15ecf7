// Sorts by start; on an overlap deletes whichever of the two ends later, by keeping
// the smaller end.
impl Solution {
    pub fn erase_overlap_intervals(intervals: Vec<Vec<i32>>) -> i32 {
        let mut v: Vec<(i32, i32)> = intervals.into_iter().map(|x| (x[0], x[1])).collect();
        v.sort();
        let mut removed = 0;
        let mut prev_end = v[0].1;
        for &(s, e) in &v[1..] {
            if s < prev_end {
                removed += 1;
                prev_end = prev_end.min(e);
            } else {
                prev_end = e;
            }
        }
        removed
    }
}
