// Skips duplicates with `i > 0` instead of `i > start`: a copy is skipped even when it
// extends the subset holding the previous copy, so [2, 2] is never built from [2, 2].
impl Solution {
    pub fn subsets_with_dup(mut nums: Vec<i32>) -> Vec<Vec<i32>> {
        fn go(start: usize, nums: &[i32], cur: &mut Vec<i32>, out: &mut Vec<Vec<i32>>) {
            out.push(cur.clone());
            for i in start..nums.len() {
                if i > 0 && nums[i] == nums[i - 1] {
                    continue;
                }
                cur.push(nums[i]);
                go(i + 1, nums, cur, out);
                cur.pop();
            }
        }
        nums.sort();
        let mut out = Vec::new();
        go(0, &nums, &mut Vec::new(), &mut out);
        out
    }
}
