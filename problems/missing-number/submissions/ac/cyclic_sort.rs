// Cyclic sort: place every value v < n at index v, then the first index not
// holding its own value is the answer (n if all of them do).
impl Solution {
    pub fn missing_number(nums: Vec<i32>) -> i32 {
        let mut nums = nums;
        let n = nums.len();
        let mut i = 0;
        while i < n {
            let v = nums[i] as usize;
            if v < n && v != i {
                nums.swap(i, v);
            } else {
                i += 1;
            }
        }
        (0..n).find(|&i| nums[i] as usize != i).unwrap_or(n) as i32
    }
}
