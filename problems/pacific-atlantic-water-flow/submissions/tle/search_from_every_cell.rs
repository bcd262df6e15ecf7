// Correct but O((m*n)^2): follows the rain downhill from every cell with a fresh
// visited grid, collecting everything reachable before checking the two oceans.
// A flat 200 x 200 grid makes each of the 40 000 searches visit all 40 000 cells.
impl Solution {
    pub fn pacific_atlantic(heights: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        let (m, n) = (heights.len(), heights[0].len());
        let mut res = Vec::new();
        for sr in 0..m {
            for sc in 0..n {
                let mut visited = vec![vec![false; n]; m];
                let mut stack = vec![(sr, sc)];
                visited[sr][sc] = true;
                let (mut pac, mut atl) = (false, false);
                while let Some((r, c)) = stack.pop() {
                    pac |= r == 0 || c == 0;
                    atl |= r == m - 1 || c == n - 1;
                    let h = heights[r][c];
                    if r > 0 && !visited[r - 1][c] && heights[r - 1][c] <= h {
                        visited[r - 1][c] = true;
                        stack.push((r - 1, c));
                    }
                    if r + 1 < m && !visited[r + 1][c] && heights[r + 1][c] <= h {
                        visited[r + 1][c] = true;
                        stack.push((r + 1, c));
                    }
                    if c > 0 && !visited[r][c - 1] && heights[r][c - 1] <= h {
                        visited[r][c - 1] = true;
                        stack.push((r, c - 1));
                    }
                    if c + 1 < n && !visited[r][c + 1] && heights[r][c + 1] <= h {
                        visited[r][c + 1] = true;
                        stack.push((r, c + 1));
                    }
                }
                if pac && atl {
                    res.push(vec![sr as i32, sc as i32]);
                }
            }
        }
        res
    }
}
