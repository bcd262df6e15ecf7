// Iterative: each new value is inserted at every position of every permutation so far.
impl Solution {
    pub fn permute(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let mut out: Vec<Vec<i32>> = vec![vec![]];
        for &x in &nums {
            let mut next = Vec::with_capacity(out.len() * (out[0].len() + 1));
            for p in &out {
                for i in 0..=p.len() {
                    let mut q = p.clone();
                    q.insert(i, x);
                    next.push(q);
                }
            }
            out = next;
        }
        out
    }
}
