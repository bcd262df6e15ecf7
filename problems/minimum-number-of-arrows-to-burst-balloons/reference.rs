impl Solution {
    pub fn find_min_arrow_shots(mut points: Vec<Vec<i32>>) -> i32 {
        // Shoot at the end of the balloon that ends first; it bursts every
        // balloon that starts at or before that point. Repeat on the rest.
        points.sort_unstable_by_key(|p| p[1]);
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
