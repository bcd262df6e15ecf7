// Sorts and removes duplicates first: the k-th smallest DISTINCT value, wrong (or a
// panic) as soon as values repeat.
impl Solution {
    pub fn kth_smallest(matrix: Vec<Vec<i32>>, k: i32) -> i32 {
        let mut all: Vec<i32> = matrix.into_iter().flatten().collect();
        all.sort_unstable();
        all.dedup();
        all[k as usize - 1]
    }
}
