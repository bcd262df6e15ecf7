// Explicit BFS levels: each level is a window [lo, hi] of indices reachable
// with the same number of jumps; the next window starts right after it.
impl Solution {
    pub fn jump(nums: Vec<i32>) -> i32 {
        let last = nums.len() - 1;
        let (mut lo, mut hi, mut level) = (0usize, 0usize, 0);
        while hi < last {
            let mut next = hi;
            for i in lo..=hi {
                next = next.max(i + nums[i] as usize);
            }
            lo = hi + 1;
            hi = next;
            level += 1;
        }
        level
    }
}
