// Finds the merge range with two binary searches (partition_point), then splices.
impl Solution {
    pub fn insert(intervals: Vec<Vec<i32>>, new_interval: Vec<i32>) -> Vec<Vec<i32>> {
        // First interval that does not end before the new one starts.
        let lo = intervals.partition_point(|iv| iv[1] < new_interval[0]);
        // First interval that starts after the new one ends.
        let hi = intervals.partition_point(|iv| iv[0] <= new_interval[1]);
        let mut merged = new_interval.clone();
        if lo < hi {
            merged[0] = merged[0].min(intervals[lo][0]);
            merged[1] = merged[1].max(intervals[hi - 1][1]);
        }
        let mut res = Vec::with_capacity(intervals.len() + 1);
        res.extend_from_slice(&intervals[..lo]);
        res.push(merged);
        res.extend_from_slice(&intervals[hi..]);
        res
    }
}
