// The popcount of every number separately: O(n log n) at worst with a loop,
// O(n) with the builtin; either is accepted.
impl Solution {
    pub fn count_bits(n: i32) -> Vec<i32> {
        (0..=n).map(|i| i.count_ones() as i32).collect()
    }
}
