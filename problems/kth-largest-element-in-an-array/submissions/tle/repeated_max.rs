// Correct but O(n k): removes the current maximum k - 1 times with a linear scan each
// time (k = n / 2 at n = 10^5 is about 5 * 10^9 steps).
impl Solution {
    pub fn find_kth_largest(mut nums: Vec<i32>, k: i32) -> i32 {
        for _ in 1..k {
            let mut best = 0;
            for i in 1..nums.len() {
                if nums[i] > nums[best] {
                    best = i;
                }
            }
            nums.swap_remove(best);
        }
        *nums.iter().max().unwrap()
    }
}
