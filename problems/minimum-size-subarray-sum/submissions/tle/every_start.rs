// From every start, extends the end until the sum reaches the target: O(n^2)
// when the windows are long (target close to the total sum).
impl Solution {
    pub fn min_sub_array_len(target: i32, nums: Vec<i32>) -> i32 {
        let n = nums.len();
        let mut best = usize::MAX;
        for i in 0..n {
            let mut sum = 0;
            for j in i..n {
                sum += nums[j];
                if sum >= target {
                    best = best.min(j - i + 1);
                    break;
                }
            }
        }
        if best == usize::MAX { 0 } else { best as i32 }
    }
}
