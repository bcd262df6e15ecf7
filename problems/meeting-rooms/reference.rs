impl Solution {
    pub fn can_attend_meetings(intervals: Vec<Vec<i32>>) -> bool {
        let mut intervals = intervals;
        intervals.sort_unstable_by_key(|m| m[0]);
        intervals.windows(2).all(|w| w[0][1] <= w[1][0])
    }
}
