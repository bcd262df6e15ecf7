// Division with a zero special case that only thinks of one zero: a zero's own
// answer is taken to be the product of the non-zero values, which is wrong as
// soon as there is a second zero ([0, 4, 0, 5] gives [20, 0, 20, 0]).
impl Solution {
    pub fn product_except_self(nums: Vec<i32>) -> Vec<i32> {
        let mut prod: i64 = 1;
        let mut has_zero = false;
        for &x in &nums {
            if x == 0 {
                has_zero = true;
            } else {
                prod *= x as i64;
            }
        }
        nums.iter()
            .map(|&x| {
                if x == 0 {
                    prod as i32
                } else if has_zero {
                    0
                } else {
                    (prod / x as i64) as i32
                }
            })
            .collect()
    }
}
