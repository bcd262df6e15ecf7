// Searches from the ocean edges but moves DOWNHILL (to neighbours <= the current
// height), i.e. in the direction the rain flows instead of against it.
impl Solution {
    pub fn pacific_atlantic(heights: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        let (m, n) = (heights.len(), heights[0].len());
        let search = |seeds: Vec<(usize, usize)>| {
            let mut seen = vec![vec![false; n]; m];
            let mut stack = vec![];
            for (r, c) in seeds {
                if !seen[r][c] {
                    seen[r][c] = true;
                    stack.push((r, c));
                }
            }
            while let Some((r, c)) = stack.pop() {
                for (dr, dc) in [(-1i32, 0i32), (1, 0), (0, -1), (0, 1)] {
                    let (nr, nc) = (r as i32 + dr, c as i32 + dc);
                    if nr < 0 || nc < 0 || nr >= m as i32 || nc >= n as i32 {
                        continue;
                    }
                    let (nr, nc) = (nr as usize, nc as usize);
                    if !seen[nr][nc] && heights[nr][nc] <= heights[r][c] {
                        seen[nr][nc] = true;
                        stack.push((nr, nc));
                    }
                }
            }
            seen
        };
        let pac = search((0..m).map(|r| (r, 0)).chain((0..n).map(|c| (0, c))).collect());
        let atl = search((0..m).map(|r| (r, n - 1)).chain((0..n).map(|c| (m - 1, c))).collect());
        let mut out = vec![];
        for r in 0..m {
            for c in 0..n {
                if pac[r][c] && atl[r][c] {
                    out.push(vec![r as i32, c as i32]);
                }
            }
        }
        out
    }
}
