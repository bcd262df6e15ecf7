// Two pointers, but each side adds `max - height` BEFORE raising its running maximum:
// a column taller than everything before it adds a negative amount.
impl Solution {
    pub fn trap(height: Vec<i32>) -> i32 {
        let (mut l, mut r) = (0usize, height.len() - 1);
        let (mut lmax, mut rmax) = (0, 0);
        let mut ans = 0;
        while l < r {
            if height[l] < height[r] {
                ans += lmax - height[l];
                lmax = lmax.max(height[l]);
                l += 1;
            } else {
                ans += rmax - height[r];
                rmax = rmax.max(height[r]);
                r -= 1;
            }
        }
        ans
    }
}
