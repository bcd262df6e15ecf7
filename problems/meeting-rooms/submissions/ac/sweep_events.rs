// Sweep line: +1 at each start, -1 at each end, ends sorted before starts at
// the same time (so touching meetings do not count); a clash is a moment with
// two meetings running.
impl Solution {
    pub fn can_attend_meetings(intervals: Vec<Vec<i32>>) -> bool {
        let mut events: Vec<(i32, i32)> = Vec::with_capacity(intervals.len() * 2);
        for iv in &intervals {
            events.push((iv[0], 1));
            events.push((iv[1], -1));
        }
        events.sort();
        let mut running = 0;
        for (_, d) in events {
            running += d;
            if running > 1 {
                return false;
            }
        }
        true
    }
}
