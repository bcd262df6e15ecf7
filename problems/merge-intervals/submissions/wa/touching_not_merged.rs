// Uses `<` instead of `<=`: intervals that only touch ([2, 5] and [5, 7]) are
// wrongly kept apart.
impl Solution {
    pub fn merge(mut intervals: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        intervals.sort();
        let mut res: Vec<Vec<i32>> = vec![];
        for iv in intervals {
            if let Some(last) = res.last_mut() {
                if iv[0] < last[1] {
                    last[1] = last[1].max(iv[1]);
                    continue;
                }
            }
            res.push(iv);
        }
        res
    }
}
