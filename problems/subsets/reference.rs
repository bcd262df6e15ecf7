impl Solution {
    pub fn subsets(nums: Vec<i32>) -> Vec<Vec<i32>> {
        fn go(start: usize, nums: &[i32], cur: &mut Vec<i32>, out: &mut Vec<Vec<i32>>) {
            out.push(cur.clone());
            for i in start..nums.len() {
                cur.push(nums[i]);
                go(i + 1, nums, cur, out);
                cur.pop();
            }
        }
        let mut out = Vec::with_capacity(1 << nums.len());
        go(0, &nums, &mut Vec::new(), &mut out);
        out
    }
}
