// Only looks at the tallest column to the left: water that would spill over a lower
// right-hand side is counted anyway ([3, 1, 0, 2] gives 6 instead of 3).
impl Solution {
    pub fn trap(height: Vec<i32>) -> i32 {
        let mut left_max = 0;
        let mut total = 0;
        for &h in &height {
            left_max = left_max.max(h);
            total += left_max - h;
        }
        total
    }
}
