// Marks each value in a table of n + 1 booleans: O(n) time, O(n) space.
impl Solution {
    pub fn find_duplicate(nums: Vec<i32>) -> i32 {
        let mut seen = vec![false; nums.len()];
        for &x in &nums {
            if seen[x as usize] {
                return x;
            }
            seen[x as usize] = true;
        }
        unreachable!()
    }
}
