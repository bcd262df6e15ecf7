// Greedy on the wrong key: jumps to the index with the largest value in range
// instead of the one whose jump reaches furthest (i + nums[i]).
impl Solution {
    pub fn jump(nums: Vec<i32>) -> i32 {
        let last = nums.len() - 1;
        let (mut i, mut jumps) = (0usize, 0);
        while i < last {
            let far = i + nums[i] as usize;
            jumps += 1;
            if far >= last {
                break;
            }
            let mut pick = i + 1;
            for j in i + 1..=far {
                if nums[j] > nums[pick] {
                    pick = j;
                }
            }
            i = pick;
        }
        jumps
    }
}
