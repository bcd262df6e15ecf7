// For each value, scans the whole list for its twin: O(n^2), about 4.5 * 10^8
// comparisons at n = 3 * 10^4 with the twins far apart and the lonely value last.
impl Solution {
    pub fn single_number(nums: Vec<i32>) -> i32 {
        for i in 0..nums.len() {
            let mut twin = false;
            for j in 0..nums.len() {
                if i != j && nums[i] == nums[j] {
                    twin = true;
                    break;
                }
            }
            if !twin {
                return nums[i];
            }
        }
        0
    }
}
