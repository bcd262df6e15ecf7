impl Solution {
    pub fn can_jump(nums: Vec<i32>) -> bool {
        // reach: the furthest index reachable from the indices seen so far.
        let mut reach = 0usize;
        for (i, &x) in nums.iter().enumerate() {
            if i > reach {
                return false;
            }
            reach = reach.max(i + x as usize);
            if reach + 1 >= nums.len() {
                return true;
            }
        }
        true
    }
}
