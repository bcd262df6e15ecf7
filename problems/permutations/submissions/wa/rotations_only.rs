// Mistakes "every order" for "every rotation" and its reverse: only 2n orders instead
// of n! (which happens to be all of them for n <= 3, and is wrong from n = 4 on).
impl Solution {
    pub fn permute(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let n = nums.len();
        let mut out = Vec::new();
        for r in 0..n {
            let p: Vec<i32> = (0..n).map(|i| nums[(i + r) % n]).collect();
            let mut q = p.clone();
            q.reverse();
            out.push(p);
            if n > 2 {
                out.push(q);
            }
        }
        out
    }
}
