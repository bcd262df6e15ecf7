// Sort by end; for every arrow, scan ALL balloons to mark the ones it bursts.
// Correct, but O(n * arrows): 10^10 steps when the balloons are disjoint.
impl Solution {
    pub fn find_min_arrow_shots(mut points: Vec<Vec<i32>>) -> i32 {
        points.sort_unstable_by_key(|p| p[1]);
        let n = points.len();
        let mut burst = vec![false; n];
        let mut arrows = 0;
        for i in 0..n {
            if burst[i] {
                continue;
            }
            arrows += 1;
            let x = points[i][1];
            for j in 0..n {
                if points[j][0] <= x && x <= points[j][1] {
                    burst[j] = true;
                }
            }
        }
        arrows
    }
}
