// Sorts, counts runs of equal values, sorts the (count, value) pairs by count descending
// and takes the first k.
impl Solution {
    pub fn top_k_frequent(mut nums: Vec<i32>, k: i32) -> Vec<i32> {
        nums.sort_unstable();
        let mut runs: Vec<(usize, i32)> = Vec::new();
        for x in nums {
            match runs.last_mut() {
                Some((c, v)) if *v == x => *c += 1,
                _ => runs.push((1, x)),
            }
        }
        runs.sort_by(|a, b| b.0.cmp(&a.0));
        runs.into_iter().take(k as usize).map(|(_, v)| v).collect()
    }
}
