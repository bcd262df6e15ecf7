// Robs either every even-indexed house or every odd-indexed one, whichever is
// richer: never skips two houses in a row ([5, 1, 1, 5] gives 6, not 10).
impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        let mut even = 0;
        let mut odd = 0;
        for (i, x) in nums.iter().enumerate() {
            if i % 2 == 0 {
                even += x;
            } else {
                odd += x;
            }
        }
        even.max(odd)
    }
}
