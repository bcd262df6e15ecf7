// Largest prefix sum minus smallest prefix sum, without checking that the
// smallest one comes first: [2, 5, -20, 1] gives 7 - (-13) = 20 instead of 7.
impl Solution {
    pub fn max_sub_array(nums: Vec<i32>) -> i32 {
        let mut sum = 0;
        let mut hi = 0;
        let mut lo = 0;
        for &x in &nums {
            sum += x;
            hi = hi.max(sum);
            lo = lo.min(sum);
        }
        if hi == lo {
            return *nums.iter().max().unwrap();
        }
        hi - lo
    }
}
