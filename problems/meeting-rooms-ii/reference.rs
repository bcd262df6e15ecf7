impl Solution {
    pub fn min_meeting_rooms(intervals: Vec<Vec<i32>>) -> i32 {
        let mut starts: Vec<i32> = intervals.iter().map(|m| m[0]).collect();
        let mut ends: Vec<i32> = intervals.iter().map(|m| m[1]).collect();
        starts.sort_unstable();
        ends.sort_unstable();
        // Walk the starts in time order; a meeting that has ended by now
        // (end <= start) hands its room over instead of opening a new one.
        let (mut rooms, mut ended) = (0, 0);
        for s in starts {
            if ends[ended] <= s {
                ended += 1;
            } else {
                rooms += 1;
            }
        }
        rooms
    }
}
