// Sorts, then stops the neighbour loop one pair early (1..n - 1): a repeat of
// the largest value, which sorts to the very end, is missed.
impl Solution {
    pub fn contains_duplicate(nums: Vec<i32>) -> bool {
        let mut v = nums.clone();
        v.sort();
        for i in 1..v.len() - 1 {
            if v[i] == v[i - 1] {
                return true;
            }
        }
        false
    }
}
