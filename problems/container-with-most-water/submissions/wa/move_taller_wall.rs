// Two pointers, but moves the TALLER wall inward, keeping the wall that limits
// the water: the best pair can be skipped ([2, 6, 3, 5, 1] gives 4, not 10).
impl Solution {
    pub fn max_area(height: Vec<i32>) -> i32 {
        let (mut i, mut j) = (0, height.len() - 1);
        let mut best = 0;
        while i < j {
            best = best.max(height[i].min(height[j]) * (j - i) as i32);
            if height[i] > height[j] {
                i += 1;
            } else {
                j -= 1;
            }
        }
        best
    }
}
