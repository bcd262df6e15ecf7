// Only records a subset after adding a value, so the empty subset [] is missing.
impl Solution {
    pub fn subsets(nums: Vec<i32>) -> Vec<Vec<i32>> {
        fn go(start: usize, nums: &[i32], cur: &mut Vec<i32>, out: &mut Vec<Vec<i32>>) {
            for i in start..nums.len() {
                cur.push(nums[i]);
                out.push(cur.clone());
                go(i + 1, nums, cur, out);
                cur.pop();
            }
        }
        let mut out = Vec::new();
        go(0, &nums, &mut Vec::new(), &mut out);
        out
    }
}
