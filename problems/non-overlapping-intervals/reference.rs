impl Solution {
    pub fn erase_overlap_intervals(mut intervals: Vec<Vec<i32>>) -> i32 {
        intervals.sort_unstable_by_key(|iv| iv[1]);
        let mut end = i32::MIN;
        let mut kept = 0;
        for iv in &intervals {
            if iv[0] >= end {
                kept += 1;
                end = iv[1];
            }
        }
        intervals.len() as i32 - kept
    }
}
