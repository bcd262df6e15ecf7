// The reverse search only climbs to STRICTLY higher neighbours (> instead of >=):
// water is not allowed to cross flat ground, so plateaus are lost.
impl Solution {
    pub fn pacific_atlantic(heights: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        let (m, n) = (heights.len(), heights[0].len());
        fn dfs(h: &Vec<Vec<i32>>, seen: &mut Vec<Vec<bool>>, r: usize, c: usize) {
            seen[r][c] = true;
            let mut next = vec![];
            if r > 0 { next.push((r - 1, c)); }
            if r + 1 < h.len() { next.push((r + 1, c)); }
            if c > 0 { next.push((r, c - 1)); }
            if c + 1 < h[0].len() { next.push((r, c + 1)); }
            for (a, b) in next {
                if !seen[a][b] && h[a][b] > h[r][c] {
                    dfs(h, seen, a, b);
                }
            }
        }
        let mut p = vec![vec![false; n]; m];
        let mut a = vec![vec![false; n]; m];
        for r in 0..m {
            if !p[r][0] { dfs(&heights, &mut p, r, 0); }
            if !a[r][n - 1] { dfs(&heights, &mut a, r, n - 1); }
        }
        for c in 0..n {
            if !p[0][c] { dfs(&heights, &mut p, 0, c); }
            if !a[m - 1][c] { dfs(&heights, &mut a, m - 1, c); }
        }
        let mut out = vec![];
        for r in 0..m {
            for c in 0..n {
                if p[r][c] && a[r][c] {
                    out.push(vec![r as i32, c as i32]);
                }
            }
        }
        out
    }
}
