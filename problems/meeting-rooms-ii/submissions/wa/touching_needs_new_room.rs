// Two sorted lists, but a room is only reused when the earliest end is
// strictly before the new start (`<` instead of `<=`): back-to-back meetings
// get separate rooms.
impl Solution {
    pub fn min_meeting_rooms(intervals: Vec<Vec<i32>>) -> i32 {
        let mut starts: Vec<i32> = intervals.iter().map(|m| m[0]).collect();
        let mut ends: Vec<i32> = intervals.iter().map(|m| m[1]).collect();
        starts.sort();
        ends.sort();
        let mut rooms = 0;
        let mut j = 0;
        for s in starts {
            if ends[j] < s {
                j += 1;
            } else {
                rooms += 1;
            }
        }
        rooms
    }
}
