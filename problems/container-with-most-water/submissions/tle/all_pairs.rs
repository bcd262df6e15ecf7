// Measures every pair of walls: O(n^2), too slow for 10^5 walls.
impl Solution {
    pub fn max_area(height: Vec<i32>) -> i32 {
        let n = height.len();
        let mut best = 0;
        for i in 0..n {
            for j in i + 1..n {
                let area = height[i].min(height[j]) * (j - i) as i32;
                if area > best {
                    best = area;
                }
            }
        }
        best
    }
}
