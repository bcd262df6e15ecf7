// Greedy on height alone: pairs the two tallest walls, ignoring the width
// ([9, 1, 1, 1, 1, 1, 10, 10] gives 10 instead of 63).
impl Solution {
    pub fn max_area(height: Vec<i32>) -> i32 {
        let mut idx: Vec<usize> = (0..height.len()).collect();
        idx.sort_by_key(|&i| std::cmp::Reverse(height[i]));
        let (a, b) = (idx[0], idx[1]);
        height[a].min(height[b]) * (a as i32 - b as i32).abs()
    }
}
