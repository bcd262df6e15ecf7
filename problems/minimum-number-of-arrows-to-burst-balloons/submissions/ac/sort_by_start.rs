// Sorts by start and keeps the overlap of the current group: its end shrinks to
// the smallest end seen; a balloon starting after it needs a new arrow.
impl Solution {
    pub fn find_min_arrow_shots(points: Vec<Vec<i32>>) -> i32 {
        let mut v: Vec<(i32, i32)> = points.iter().map(|p| (p[0], p[1])).collect();
        v.sort();
        let mut arrows = 1;
        let mut end = v[0].1;
        for &(s, e) in &v[1..] {
            if s > end {
                arrows += 1;
                end = e;
            } else {
                end = end.min(e);
            }
        }
        arrows
    }
}
