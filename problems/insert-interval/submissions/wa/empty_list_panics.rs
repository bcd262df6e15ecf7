// Takes shortcuts for "goes after the last" / "goes before the first" that read
// intervals[len - 1] and intervals[0] without checking for an empty list: panics
// when there is nothing to insert into.
impl Solution {
    pub fn insert(mut intervals: Vec<Vec<i32>>, new_interval: Vec<i32>) -> Vec<Vec<i32>> {
        let n = intervals.len();
        if new_interval[0] > intervals[n - 1][1] {
            intervals.push(new_interval);
            return intervals;
        }
        if new_interval[1] < intervals[0][0] {
            intervals.insert(0, new_interval);
            return intervals;
        }
        let mut res = Vec::new();
        let (mut s, mut e) = (new_interval[0], new_interval[1]);
        let mut i = 0;
        while i < n && intervals[i][1] < s {
            res.push(intervals[i].clone());
            i += 1;
        }
        while i < n && intervals[i][0] <= e {
            s = s.min(intervals[i][0]);
            e = e.max(intervals[i][1]);
            i += 1;
        }
        res.push(vec![s, e]);
        res.extend_from_slice(&intervals[i..]);
        res
    }
}
