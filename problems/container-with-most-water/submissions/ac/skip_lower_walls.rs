// Two pointers that, after measuring, skip every wall no taller than the one just
// left behind (those can only give smaller containers).
impl Solution {
    pub fn max_area(height: Vec<i32>) -> i32 {
        let mut l = 0usize;
        let mut r = height.len() - 1;
        let mut ans = 0;
        while l < r {
            let hl = height[l];
            let hr = height[r];
            let h = if hl < hr { hl } else { hr };
            ans = std::cmp::max(ans, h * (r - l) as i32);
            while l < r && height[l] <= h {
                l += 1;
            }
            while l < r && height[r] <= h {
                r -= 1;
            }
        }
        ans
    }
}
