impl Solution {
    pub fn pacific_atlantic(heights: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        let (m, n) = (heights.len(), heights[0].len());
        let reach = |seeds: Vec<(usize, usize)>| -> Vec<Vec<bool>> {
            let mut seen = vec![vec![false; n]; m];
            let mut stack = Vec::with_capacity(m * n);
            for (r, c) in seeds {
                if !seen[r][c] {
                    seen[r][c] = true;
                    stack.push((r, c));
                }
            }
            while let Some((r, c)) = stack.pop() {
                let h = heights[r][c];
                let mut visit = |nr: usize, nc: usize| {
                    if !seen[nr][nc] && heights[nr][nc] >= h {
                        seen[nr][nc] = true;
                        stack.push((nr, nc));
                    }
                };
                if r > 0 {
                    visit(r - 1, c);
                }
                if r + 1 < m {
                    visit(r + 1, c);
                }
                if c > 0 {
                    visit(r, c - 1);
                }
                if c + 1 < n {
                    visit(r, c + 1);
                }
            }
            seen
        };
        let pacific = reach((0..n).map(|c| (0, c)).chain((0..m).map(|r| (r, 0))).collect());
        let atlantic = reach((0..n).map(|c| (m - 1, c)).chain((0..m).map(|r| (r, n - 1))).collect());
        let mut out = Vec::new();
        for r in 0..m {
            for c in 0..n {
                if pacific[r][c] && atlantic[r][c] {
                    out.push(vec![r as i32, c as i32]);
                }
            }
        }
        out
    }
}
