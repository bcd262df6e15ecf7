// No comparison sort: for every end coordinate, the largest start among intervals
// ending there, then a sweep over the coordinates in increasing order. O(n + range).
impl Solution {
    pub fn erase_overlap_intervals(intervals: Vec<Vec<i32>>) -> i32 {
        const OFF: i32 = 50_000;
        let mut best_start = vec![i32::MIN; 100_001];
        for iv in &intervals {
            let slot = &mut best_start[(iv[1] + OFF) as usize];
            *slot = (*slot).max(iv[0]);
        }
        let mut kept = 0;
        let mut last_end = i32::MIN;
        for (e, &s) in best_start.iter().enumerate() {
            if s != i32::MIN && s >= last_end {
                kept += 1;
                last_end = e as i32 - OFF;
            }
        }
        intervals.len() as i32 - kept
    }
}
