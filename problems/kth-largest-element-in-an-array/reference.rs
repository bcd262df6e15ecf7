impl Solution {
    pub fn find_kth_largest(nums: Vec<i32>, k: i32) -> i32 {
        // Values lie in [-10^4, 10^4]: count them, then walk down from the largest.
        const OFFSET: i32 = 10_000;
        let mut count = vec![0u32; 20_001];
        for &x in &nums {
            count[(x + OFFSET) as usize] += 1;
        }
        let mut left = k as u32;
        for v in (0..count.len()).rev() {
            if count[v] >= left {
                return v as i32 - OFFSET;
            }
            left -= count[v];
        }
        unreachable!("k <= nums.len()")
    }
}
