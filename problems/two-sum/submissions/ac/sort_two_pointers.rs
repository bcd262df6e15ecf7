// Sorts indices by value and walks two pointers inward: O(n log n).
impl Solution {
    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {
        let mut idx: Vec<usize> = (0..nums.len()).collect();
        idx.sort_by_key(|&i| nums[i]);
        let (mut lo, mut hi) = (0, idx.len() - 1);
        while lo < hi {
            let sum = nums[idx[lo]] as i64 + nums[idx[hi]] as i64;
            if sum == target as i64 {
                return vec![idx[hi] as i32, idx[lo] as i32];
            } else if sum < target as i64 {
                lo += 1;
            } else {
                hi -= 1;
            }
        }
        unreachable!()
    }
}
