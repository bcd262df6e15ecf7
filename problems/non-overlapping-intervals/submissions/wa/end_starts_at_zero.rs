// Starts "end of the last kept interval" at 0 instead of i32::MIN: every interval
// that starts below zero looks like an overlap with nothing.
impl Solution {
    pub fn erase_overlap_intervals(mut intervals: Vec<Vec<i32>>) -> i32 {
        intervals.sort_unstable_by_key(|iv| iv[1]);
        let mut end = 0;
        let mut removed = 0;
        for iv in intervals {
            if iv[0] >= end {
                end = iv[1];
            } else {
                removed += 1;
            }
        }
        removed
    }
}
