// Sorts references to the meetings by end time and checks that each meeting
// starts no earlier than the previous one ends (equivalent to sorting by start).
impl Solution {
    pub fn can_attend_meetings(intervals: Vec<Vec<i32>>) -> bool {
        let mut order: Vec<&Vec<i32>> = intervals.iter().collect();
        order.sort_by(|a, b| a[1].cmp(&b[1]));
        let mut last_end = i32::MIN;
        for m in order {
            if m[0] < last_end {
                return false;
            }
            last_end = m[1];
        }
        true
    }
}
