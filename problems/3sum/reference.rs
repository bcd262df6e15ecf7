impl Solution {
    pub fn three_sum(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let mut nums = nums;
        nums.sort_unstable();
        let n = nums.len();
        let mut out = Vec::new();
        for i in 0..n {
            if nums[i] > 0 {
                break; // the two larger values are positive too
            }
            if i > 0 && nums[i] == nums[i - 1] {
                continue; // same first value as the previous round
            }
            let (mut lo, mut hi) = (i + 1, n - 1);
            while lo < hi {
                let sum = nums[i] + nums[lo] + nums[hi];
                if sum < 0 {
                    lo += 1;
                } else if sum > 0 {
                    hi -= 1;
                } else {
                    out.push(vec![nums[i], nums[lo], nums[hi]]);
                    lo += 1;
                    hi -= 1;
                    while lo < hi && nums[lo] == nums[lo - 1] {
                        lo += 1;
                    }
                    while lo < hi && nums[hi] == nums[hi + 1] {
                        hi -= 1;
                    }
                }
            }
        }
        out
    }
}
