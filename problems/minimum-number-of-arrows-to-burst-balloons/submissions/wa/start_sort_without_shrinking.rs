// Sorts by start but keeps the first balloon's end as the arrow position
// instead of shrinking it to the smallest end of the group: a short balloon
// nested inside a long one is counted as burst when it is not.
impl Solution {
    pub fn find_min_arrow_shots(mut points: Vec<Vec<i32>>) -> i32 {
        points.sort();
        let mut arrows = 1;
        let mut end = points[0][1];
        for p in &points[1..] {
            if p[0] > end {
                arrows += 1;
                end = p[1];
            }
        }
        arrows
    }
}
