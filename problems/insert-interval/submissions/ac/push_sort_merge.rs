// Ignores the sortedness: appends the new interval, sorts, and merges like problem 56.
impl Solution {
    pub fn insert(mut intervals: Vec<Vec<i32>>, new_interval: Vec<i32>) -> Vec<Vec<i32>> {
        intervals.push(new_interval);
        intervals.sort();
        let mut ans: Vec<Vec<i32>> = vec![];
        for cur in intervals {
            if let Some(last) = ans.last_mut() {
                if cur[0] <= last[1] {
                    last[1] = last[1].max(cur[1]);
                    continue;
                }
            }
            ans.push(cur);
        }
        ans
    }
}
