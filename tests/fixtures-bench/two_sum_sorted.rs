// n log n: sort indices by value, then close in from both ends.
impl Solution {
    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {
        let mut order: Vec<usize> = (0..nums.len()).collect();
        order.sort_by_key(|&i| nums[i]);
        let (mut lo, mut hi) = (0, order.len() - 1);
        while lo < hi {
            let sum = nums[order[lo]] as i64 + nums[order[hi]] as i64;
            match sum.cmp(&(target as i64)) {
                std::cmp::Ordering::Less => lo += 1,
                std::cmp::Ordering::Greater => hi -= 1,
                std::cmp::Ordering::Equal => {
                    let (a, b) = (order[lo].min(order[hi]), order[lo].max(order[hi]));
                    return vec![a as i32, b as i32];
                }
            }
        }
        vec![]
    }
}
