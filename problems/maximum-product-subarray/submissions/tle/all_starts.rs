// Every start, every end, with a running product: correct, but O(n^2) = 2 * 10^8
// multiplications at the largest n.
impl Solution {
    pub fn max_product(nums: Vec<i32>) -> i32 {
        let mut best = i32::MIN;
        for i in 0..nums.len() {
            let mut p = 1i32;
            for &x in &nums[i..] {
                p *= x;
                best = best.max(p);
            }
        }
        best
    }
}
