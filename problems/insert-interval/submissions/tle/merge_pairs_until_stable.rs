// Ignores the sorted order: appends the new interval, then repeatedly looks for any
// overlapping pair among all pairs and merges it, and sorts at the end. The final
// check alone compares every pair: O(n^2) at 10^4 intervals.
impl Solution {
    pub fn insert(intervals: Vec<Vec<i32>>, new_interval: Vec<i32>) -> Vec<Vec<i32>> {
        let mut v = intervals;
        v.push(new_interval);
        loop {
            let mut found = None;
            'scan: for i in 0..v.len() {
                for j in i + 1..v.len() {
                    if v[i][0] <= v[j][1] && v[j][0] <= v[i][1] {
                        found = Some((i, j));
                        break 'scan;
                    }
                }
            }
            let Some((i, j)) = found else { break };
            let other = v.swap_remove(j);
            v[i][0] = v[i][0].min(other[0]);
            v[i][1] = v[i][1].max(other[1]);
        }
        v.sort_unstable();
        v
    }
}
