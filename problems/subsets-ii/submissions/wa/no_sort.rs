// Skips a value equal to its left neighbour but never sorts: equal values that are not
// adjacent ([2, 1, 2]) are still tried twice at the same position, giving duplicates.
impl Solution {
    pub fn subsets_with_dup(nums: Vec<i32>) -> Vec<Vec<i32>> {
        fn go(start: usize, nums: &[i32], cur: &mut Vec<i32>, out: &mut Vec<Vec<i32>>) {
            out.push(cur.clone());
            for i in start..nums.len() {
                if i > start && nums[i] == nums[i - 1] {
                    continue;
                }
                cur.push(nums[i]);
                go(i + 1, nums, cur, out);
                cur.pop();
            }
        }
        let mut out = Vec::new();
        go(0, &nums, &mut Vec::new(), &mut out);
        out
    }
}
