// Breadth-first search with a VecDeque and a separate visited matrix; the
// grid itself is left untouched.
use std::collections::VecDeque;

impl Solution {
    pub fn num_islands(grid: Vec<Vec<char>>) -> i32 {
        let m = grid.len();
        let n = grid[0].len();
        let mut seen = vec![vec![false; n]; m];
        let mut queue = VecDeque::new();
        let mut islands = 0;
        for r in 0..m {
            for c in 0..n {
                if grid[r][c] == '0' || seen[r][c] {
                    continue;
                }
                islands += 1;
                seen[r][c] = true;
                queue.push_back((r, c));
                while let Some((i, j)) = queue.pop_front() {
                    let dirs: [(i32, i32); 4] = [(1, 0), (-1, 0), (0, 1), (0, -1)];
                    for (di, dj) in dirs {
                        let (ni, nj) = (i as i32 + di, j as i32 + dj);
                        if ni < 0 || nj < 0 || ni >= m as i32 || nj >= n as i32 {
                            continue;
                        }
                        let (ni, nj) = (ni as usize, nj as usize);
                        if grid[ni][nj] == '1' && !seen[ni][nj] {
                            seen[ni][nj] = true;
                            queue.push_back((ni, nj));
                        }
                    }
                }
            }
        }
        islands
    }
}
