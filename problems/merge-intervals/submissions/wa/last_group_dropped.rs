// Keeps the current group in two variables and pushes it when a new group starts,
// but forgets to push the final group after the loop.
impl Solution {
    pub fn merge(mut intervals: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        intervals.sort_unstable();
        let mut res = Vec::new();
        let (mut s, mut e) = (intervals[0][0], intervals[0][1]);
        for iv in intervals.iter().skip(1) {
            if iv[0] <= e {
                e = e.max(iv[1]);
            } else {
                res.push(vec![s, e]);
                s = iv[0];
                e = iv[1];
            }
        }
        res
    }
}
