// Binary search on the value, but counts entries < mid instead of <= mid: it converges
// to the smallest x with k entries below it, one past the answer.
impl Solution {
    pub fn kth_smallest(matrix: Vec<Vec<i32>>, k: i32) -> i32 {
        let n = matrix.len();
        let count_lt = |x: i64| -> i64 {
            let mut total = 0;
            for row in &matrix {
                total += row.iter().take_while(|&&v| i64::from(v) < x).count() as i64;
            }
            total
        };
        let (mut lo, mut hi) = (i64::from(matrix[0][0]), i64::from(matrix[n - 1][n - 1]));
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if count_lt(mid) < i64::from(k) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo as i32
    }
}
