// Compares every pair of meetings: correct, but O(n^2), too slow for 10^4
// meetings that never clash.
impl Solution {
    pub fn can_attend_meetings(intervals: Vec<Vec<i32>>) -> bool {
        for i in 0..intervals.len() {
            for j in i + 1..intervals.len() {
                let (a, b) = (&intervals[i], &intervals[j]);
                if a[0] < b[1] && b[0] < a[1] {
                    return false;
                }
            }
        }
        true
    }
}
