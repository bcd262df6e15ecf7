// Longest-chain DP: sort by start, best[i] = most intervals keepable ending with
// interval i, over every earlier j. Correct, but O(n^2) at 10^5 intervals.
impl Solution {
    pub fn erase_overlap_intervals(mut intervals: Vec<Vec<i32>>) -> i32 {
        intervals.sort();
        let n = intervals.len();
        let mut best = vec![1; n];
        let mut most = 0;
        for i in 0..n {
            for j in 0..i {
                if intervals[j][1] <= intervals[i][0] && best[j] + 1 > best[i] {
                    best[i] = best[j] + 1;
                }
            }
            most = most.max(best[i]);
        }
        n as i32 - most
    }
}
