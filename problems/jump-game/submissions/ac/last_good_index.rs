// Walks backwards keeping the leftmost index known to reach the end: index i
// is good when it can jump to (or past) that index.
impl Solution {
    pub fn can_jump(nums: Vec<i32>) -> bool {
        let mut goal = nums.len() - 1;
        for i in (0..nums.len()).rev() {
            if i + nums[i] as usize >= goal {
                goal = i;
            }
        }
        goal == 0
    }
}
