// On a merge, overwrites the end with the new interval's end instead of taking the
// larger one, so a short interval inside a long one cuts it short
// ([1, 10], [2, 3] gives [1, 3]).
impl Solution {
    pub fn merge(mut intervals: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        intervals.sort_by_key(|v| v[0]);
        let mut res: Vec<Vec<i32>> = Vec::new();
        for iv in intervals {
            if !res.is_empty() && iv[0] <= res[res.len() - 1][1] {
                let k = res.len() - 1;
                res[k][1] = iv[1];
            } else {
                res.push(iv);
            }
        }
        res
    }
}
