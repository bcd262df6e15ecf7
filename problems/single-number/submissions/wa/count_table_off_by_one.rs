// Counts occurrences in a table indexed by value + 30000, but gives it 60000
// slots: the value 30000 itself indexes out of bounds and panics.
impl Solution {
    pub fn single_number(nums: Vec<i32>) -> i32 {
        let mut count = vec![0u8; 60_000];
        for &x in &nums {
            count[(x + 30_000) as usize] += 1;
        }
        nums.into_iter().find(|&x| count[(x + 30_000) as usize] == 1).unwrap()
    }
}
