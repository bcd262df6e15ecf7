// Counts the walls instead of the distance between them: width j - i + 1.
impl Solution {
    pub fn max_area(height: Vec<i32>) -> i32 {
        let mut left = 0;
        let mut right = height.len() - 1;
        let mut max_water = 0;
        while left < right {
            let w = (right - left + 1) as i32;
            max_water = max_water.max(w * height[left].min(height[right]));
            if height[left] < height[right] {
                left += 1;
            } else {
                right -= 1;
            }
        }
        max_water
    }
}
