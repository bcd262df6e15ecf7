// Bitmask backtracking: columns and both diagonals as bit sets shifted row by row;
// boards are built from a grid of bytes.
impl Solution {
    pub fn solve_n_queens(n: i32) -> Vec<Vec<String>> {
        fn go(n: usize, row: usize, cols: u32, d1: u32, d2: u32, grid: &mut Vec<Vec<u8>>, out: &mut Vec<Vec<String>>) {
            if row == n {
                out.push(grid.iter().map(|r| String::from_utf8(r.clone()).unwrap()).collect());
                return;
            }
            let full = (1u32 << n) - 1;
            let mut free = full & !(cols | d1 | d2);
            while free != 0 {
                let bit = free & free.wrapping_neg();
                free ^= bit;
                let c = bit.trailing_zeros() as usize;
                grid[row][c] = b'Q';
                go(n, row + 1, cols | bit, (d1 | bit) << 1, (d2 | bit) >> 1, grid, out);
                grid[row][c] = b'.';
            }
        }
        let n = n as usize;
        let mut out = Vec::new();
        go(n, 0, 0, 0, 0, &mut vec![vec![b'.'; n]; n], &mut out);
        out
    }
}
