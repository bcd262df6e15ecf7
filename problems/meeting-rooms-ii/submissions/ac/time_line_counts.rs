// Difference array over the whole time range: +1 at each start, -1 at each
// end, then the largest prefix sum. O(n + T) with T = 10^6.
impl Solution {
    pub fn min_meeting_rooms(intervals: Vec<Vec<i32>>) -> i32 {
        let mut diff = vec![0i32; 1_000_001];
        for m in intervals.iter() {
            diff[m[0] as usize] += 1;
            diff[m[1] as usize] -= 1;
        }
        let mut best = 0;
        let mut running = 0;
        for d in diff {
            running += d;
            best = best.max(running);
        }
        best
    }
}
