// For each meeting, counts the meetings running at its start time; the
// busiest start is the answer. Correct, but O(n^2) on every input.
impl Solution {
    pub fn min_meeting_rooms(intervals: Vec<Vec<i32>>) -> i32 {
        let mut best = 0;
        for a in &intervals {
            let t = a[0];
            let mut running = 0;
            for b in &intervals {
                if b[0] <= t && t < b[1] {
                    running += 1;
                }
            }
            best = best.max(running);
        }
        best
    }
}
