// Patience sorting that searches for the first tail > x (upper bound): an
// equal value is appended instead of replacing, so [-2, -2, -2, -2] gives 4.
impl Solution {
    pub fn length_of_lis(nums: Vec<i32>) -> i32 {
        let mut tails: Vec<i32> = Vec::new();
        for x in nums {
            let pos = tails.partition_point(|&t| t <= x);
            if pos == tails.len() {
                tails.push(x);
            } else {
                tails[pos] = x;
            }
        }
        tails.len() as i32
    }
}
