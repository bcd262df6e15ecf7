impl Solution {
    pub fn kth_smallest(matrix: Vec<Vec<i32>>, k: i32) -> i32 {
        let n = matrix.len();
        // How many entries are <= x: walk the staircase from the bottom-left corner.
        let count_le = |x: i64| -> i64 {
            let (mut row, mut col, mut total) = (n, 0usize, 0i64);
            while row > 0 && col < n {
                if i64::from(matrix[row - 1][col]) <= x {
                    total += row as i64;
                    col += 1;
                } else {
                    row -= 1;
                }
            }
            total
        };
        let (mut lo, mut hi) = (i64::from(matrix[0][0]), i64::from(matrix[n - 1][n - 1]));
        let k = i64::from(k);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if count_le(mid) < k {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo as i32
    }
}
