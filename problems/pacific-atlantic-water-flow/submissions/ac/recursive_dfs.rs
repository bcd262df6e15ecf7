// Recursive DFS uphill from each ocean's edges into its own visited grid; on a
// flat 200 x 200 grid the recursion goes tens of thousands of calls deep.
impl Solution {
    pub fn pacific_atlantic(heights: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        let m = heights.len();
        let n = heights[0].len();
        let mut pac = vec![vec![false; n]; m];
        let mut atl = vec![vec![false; n]; m];

        fn dfs(h: &Vec<Vec<i32>>, vis: &mut Vec<Vec<bool>>, r: usize, c: usize) {
            if vis[r][c] {
                return;
            }
            vis[r][c] = true;
            let dirs = [(0i32, 1i32), (1, 0), (0, -1), (-1, 0)];
            for (dr, dc) in dirs.iter() {
                let nr = r as i32 + dr;
                let nc = c as i32 + dc;
                if nr < 0 || nc < 0 || nr >= h.len() as i32 || nc >= h[0].len() as i32 {
                    continue;
                }
                let (nr, nc) = (nr as usize, nc as usize);
                if h[nr][nc] >= h[r][c] {
                    dfs(h, vis, nr, nc);
                }
            }
        }

        for i in 0..m {
            dfs(&heights, &mut pac, i, 0);
            dfs(&heights, &mut atl, i, n - 1);
        }
        for j in 0..n {
            dfs(&heights, &mut pac, 0, j);
            dfs(&heights, &mut atl, m - 1, j);
        }
        let mut res = vec![];
        for i in 0..m {
            for j in 0..n {
                if pac[i][j] && atl[i][j] {
                    res.push(vec![i as i32, j as i32]);
                }
            }
        }
        res
    }
}
