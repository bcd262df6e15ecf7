// The standard library's introselect: the element at index n - k of the ascending order.
impl Solution {
    pub fn find_kth_largest(mut nums: Vec<i32>, k: i32) -> i32 {
        let i = nums.len() - k as usize;
        *nums.select_nth_unstable(i).1
    }
}
