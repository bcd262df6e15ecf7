// Follows the rain downhill from every cell, but uses ONE visited grid for all
// the starting cells without clearing it: a later start cannot pass through
// cells an earlier search already walked, so it misses oceans it could reach.
impl Solution {
    pub fn pacific_atlantic(heights: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        let (m, n) = (heights.len(), heights[0].len());
        let mut visited = vec![vec![false; n]; m];
        let mut res = Vec::new();
        for sr in 0..m {
            for sc in 0..n {
                let (mut pac, mut atl) = (false, false);
                let mut stack = vec![(sr, sc)];
                visited[sr][sc] = true;
                while let Some((r, c)) = stack.pop() {
                    if r == 0 || c == 0 {
                        pac = true;
                    }
                    if r == m - 1 || c == n - 1 {
                        atl = true;
                    }
                    let mut go = |nr: usize, nc: usize| {
                        if !visited[nr][nc] && heights[nr][nc] <= heights[r][c] {
                            visited[nr][nc] = true;
                            stack.push((nr, nc));
                        }
                    };
                    if r > 0 { go(r - 1, c); }
                    if r + 1 < m { go(r + 1, c); }
                    if c > 0 { go(r, c - 1); }
                    if c + 1 < n { go(r, c + 1); }
                }
                if pac && atl {
                    res.push(vec![sr as i32, sc as i32]);
                }
            }
        }
        res
    }
}
