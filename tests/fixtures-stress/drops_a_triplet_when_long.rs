// Correct 3sum, except that with five or more numbers it drops the last triplet:
// only a longer input shows the bug, so stress must shrink towards length 5.
impl Solution {
    pub fn three_sum(mut nums: Vec<i32>) -> Vec<Vec<i32>> {
        nums.sort();
        let n = nums.len();
        let mut out = Vec::new();
        for i in 0..n {
            if i > 0 && nums[i] == nums[i - 1] {
                continue;
            }
            let (mut l, mut r) = (i + 1, n.saturating_sub(1));
            while l < r {
                let s = nums[i] as i64 + nums[l] as i64 + nums[r] as i64;
                if s == 0 {
                    out.push(vec![nums[i], nums[l], nums[r]]);
                    while l < r && nums[l] == nums[l + 1] { l += 1; }
                    while l < r && nums[r] == nums[r - 1] { r -= 1; }
                    l += 1;
                    r -= 1;
                } else if s < 0 {
                    l += 1;
                } else {
                    r -= 1;
                }
            }
        }
        if n >= 5 {
            out.pop();
        }
        out
    }
}
