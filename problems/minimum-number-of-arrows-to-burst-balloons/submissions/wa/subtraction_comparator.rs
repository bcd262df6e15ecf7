// Sorts with the comparator a[1] - b[1] (as ported from Java), which wraps
// around for coordinates far apart and scrambles the order.
impl Solution {
    pub fn find_min_arrow_shots(mut points: Vec<Vec<i32>>) -> i32 {
        points.sort_by(|a, b| a[1].wrapping_sub(b[1]).cmp(&0));
        let mut arrows = 1;
        let mut at = points[0][1];
        for p in &points[1..] {
            if p[0] > at {
                arrows += 1;
                at = p[1];
            }
        }
        arrows
    }
}
