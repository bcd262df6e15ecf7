// Sorts by start but uses `<` where `<=` is needed: a meeting that ends
// exactly when the next starts is reported as a clash.
impl Solution {
    pub fn can_attend_meetings(mut intervals: Vec<Vec<i32>>) -> bool {
        intervals.sort();
        for i in 1..intervals.len() {
            if !(intervals[i - 1][1] < intervals[i][0]) {
                return false;
            }
        }
        true
    }
}
