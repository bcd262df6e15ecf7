// Compares with >= instead of >: a balloon that starts exactly where the arrow
// flies ([1, 2] and [2, 3]) is treated as missed.
impl Solution {
    pub fn find_min_arrow_shots(mut points: Vec<Vec<i32>>) -> i32 {
        points.sort_unstable_by_key(|p| p[1]);
        let mut arrows = 1;
        let mut at = points[0][1];
        for p in &points[1..] {
            if p[0] >= at {
                arrows += 1;
                at = p[1];
            }
        }
        arrows
    }
}
