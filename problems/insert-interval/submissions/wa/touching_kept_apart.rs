// Treats touching intervals as separate (`<=` / `>=` where `<` / `>` belong):
// [4, 5] and [5, 9] stay two intervals.
impl Solution {
    pub fn insert(intervals: Vec<Vec<i32>>, new_interval: Vec<i32>) -> Vec<Vec<i32>> {
        let mut res = Vec::new();
        let mut cur = new_interval;
        let mut placed = false;
        for iv in intervals {
            if iv[1] <= cur[0] {
                res.push(iv);
            } else if iv[0] >= cur[1] {
                if !placed {
                    res.push(cur.clone());
                    placed = true;
                }
                res.push(iv);
            } else {
                cur = vec![cur[0].min(iv[0]), cur[1].max(iv[1])];
            }
        }
        if !placed {
            res.push(cur);
        }
        res
    }
}
