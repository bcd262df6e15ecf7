// Swap-based backtracking: position `start` takes each remaining value in turn, and the
// swap is undone afterwards. Produces the permutations in a different order.
impl Solution {
    pub fn permute(mut nums: Vec<i32>) -> Vec<Vec<i32>> {
        fn go(start: usize, nums: &mut Vec<i32>, out: &mut Vec<Vec<i32>>) {
            if start == nums.len() {
                out.push(nums.clone());
                return;
            }
            for i in start..nums.len() {
                nums.swap(start, i);
                go(start + 1, nums, out);
                nums.swap(start, i);
            }
        }
        let mut out = Vec::new();
        go(0, &mut nums, &mut out);
        out
    }
}
