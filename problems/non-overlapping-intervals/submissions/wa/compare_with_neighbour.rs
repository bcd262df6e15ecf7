// Sorts by end but compares each interval with its neighbour in sorted order instead
// of the last KEPT interval, so deleted intervals still block later ones
// ([1, 3], [2, 4], [3, 5] deletes 2 instead of 1).
impl Solution {
    pub fn erase_overlap_intervals(mut intervals: Vec<Vec<i32>>) -> i32 {
        intervals.sort_by_key(|iv| iv[1]);
        let mut count = 0;
        for i in 1..intervals.len() {
            if intervals[i][0] < intervals[i - 1][1] {
                count += 1;
            }
        }
        count
    }
}
