impl Solution {
    pub fn permute(nums: Vec<i32>) -> Vec<Vec<i32>> {
        fn go(nums: &[i32], used: &mut [bool], cur: &mut Vec<i32>, out: &mut Vec<Vec<i32>>) {
            if cur.len() == nums.len() {
                out.push(cur.clone());
                return;
            }
            for i in 0..nums.len() {
                if !used[i] {
                    used[i] = true;
                    cur.push(nums[i]);
                    go(nums, used, cur, out);
                    cur.pop();
                    used[i] = false;
                }
            }
        }
        let mut out = Vec::new();
        let mut used = vec![false; nums.len()];
        go(&nums, &mut used, &mut Vec::with_capacity(nums.len()), &mut out);
        out
    }
}
