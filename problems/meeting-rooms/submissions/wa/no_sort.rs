// Forgets to sort: only meetings that are neighbours in the input are
// compared, so a clash between meetings listed far apart goes unnoticed.
impl Solution {
    pub fn can_attend_meetings(intervals: Vec<Vec<i32>>) -> bool {
        for w in intervals.windows(2) {
            if w[0][0].max(w[1][0]) < w[0][1].min(w[1][1]) {
                return false;
            }
        }
        true
    }
}
