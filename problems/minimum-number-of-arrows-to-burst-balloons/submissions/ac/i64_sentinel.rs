// Sort by end, with the last arrow position held in i64 and started below every
// possible coordinate, so the first balloon always takes an arrow.
impl Solution {
    pub fn find_min_arrow_shots(mut points: Vec<Vec<i32>>) -> i32 {
        points.sort_by(|a, b| a[1].cmp(&b[1]));
        let mut arrows = 0;
        let mut at = i64::MIN;
        for p in &points {
            if p[0] as i64 > at {
                arrows += 1;
                at = p[1] as i64;
            }
        }
        arrows
    }
}
