// Looks for any overlapping pair, merges it, and starts over until no pair overlaps:
// O(n^2) per merge, O(n^3) in all. Correct, far too slow at 10^4 intervals.
impl Solution {
    pub fn merge(intervals: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        let mut v = intervals;
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
            match found {
                Some((i, j)) => {
                    let other = v.remove(j);
                    v[i][0] = v[i][0].min(other[0]);
                    v[i][1] = v[i][1].max(other[1]);
                }
                None => return v,
            }
        }
    }
}
