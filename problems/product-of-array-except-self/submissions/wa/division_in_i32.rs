// Divides the product of everything by nums[i], with the zeros handled, but
// multiplies in i32: when the full product overflows (seven 30s make 30^7)
// the wrapped value divided by nums[i] is garbage, though every answer fits.
impl Solution {
    pub fn product_except_self(nums: Vec<i32>) -> Vec<i32> {
        let mut zeros = 0;
        let mut prod: i32 = 1;
        for &x in &nums {
            if x == 0 {
                zeros += 1;
            } else {
                prod *= x;
            }
        }
        let mut res = vec![0; nums.len()];
        for i in 0..nums.len() {
            if zeros == 0 {
                res[i] = prod / nums[i];
            } else if zeros == 1 && nums[i] == 0 {
                res[i] = prod;
            }
        }
        res
    }
}
