// Marks coverage on doubled coordinates with a difference array (point 2x is the
// integer x, 2x + 1 the gap after it), then reads off the covered runs: O(n + range),
// no sorting. Doubling keeps [1, 1] and [2, 2] apart while [1, 2] and [2, 3] join.
impl Solution {
    pub fn merge(intervals: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        let max = intervals.iter().map(|iv| iv[1]).max().unwrap_or(0) as usize;
        let mut diff = vec![0i32; 2 * max + 2];
        for iv in &intervals {
            diff[2 * iv[0] as usize] += 1;
            diff[2 * iv[1] as usize + 1] -= 1;
        }
        let mut res = Vec::new();
        let mut depth = 0;
        let mut start = 0;
        for (p, d) in diff.iter().enumerate() {
            let before = depth;
            depth += d;
            if before == 0 && depth > 0 {
                start = p;
            } else if before > 0 && depth == 0 {
                res.push(vec![(start / 2) as i32, ((p - 1) / 2) as i32]);
            }
        }
        res
    }
}
