// Flattens the matrix and sorts it: O(n^2 log n), accepted at n = 300.
impl Solution {
    pub fn kth_smallest(matrix: Vec<Vec<i32>>, k: i32) -> i32 {
        let mut all: Vec<i32> = matrix.into_iter().flatten().collect();
        all.sort_unstable();
        all[k as usize - 1]
    }
}
