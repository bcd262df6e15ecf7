// Iterative doubling: start from [[]], and for each value append a copy of every subset
// so far extended by that value; elements come out in reverse order of the input.
impl Solution {
    pub fn subsets(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let mut out: Vec<Vec<i32>> = vec![vec![]];
        for &x in nums.iter().rev() {
            let len = out.len();
            for i in 0..len {
                let mut s = vec![x];
                s.extend_from_slice(&out[i]);
                out.push(s);
            }
        }
        out
    }
}
