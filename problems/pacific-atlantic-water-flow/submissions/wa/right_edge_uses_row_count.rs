// Seeds the Atlantic's right edge at column m - 1 (the row count) instead of
// n - 1: a wide grid starts from an inner column, a tall grid indexes past the
// end of a row (panic). Square grids hide the bug.
use std::collections::VecDeque;

impl Solution {
    pub fn pacific_atlantic(heights: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        let m = heights.len();
        let n = heights[0].len();
        let bfs = |starts: Vec<(usize, usize)>| {
            let mut seen = vec![vec![false; n]; m];
            let mut q: VecDeque<(usize, usize)> = VecDeque::new();
            for (r, c) in starts {
                seen[r][c] = true;
                q.push_back((r, c));
            }
            while let Some((r, c)) = q.pop_front() {
                let cand = [(r.wrapping_sub(1), c), (r + 1, c), (r, c.wrapping_sub(1)), (r, c + 1)];
                for (nr, nc) in cand {
                    if nr < m && nc < n && !seen[nr][nc] && heights[nr][nc] >= heights[r][c] {
                        seen[nr][nc] = true;
                        q.push_back((nr, nc));
                    }
                }
            }
            seen
        };
        let mut ps = vec![];
        let mut at = vec![];
        for i in 0..m {
            ps.push((i, 0));
            at.push((i, m - 1));
        }
        for j in 0..n {
            ps.push((0, j));
            at.push((m - 1, j));
        }
        let p = bfs(ps);
        let a = bfs(at);
        let mut res = vec![];
        for i in 0..m {
            for j in 0..n {
                if p[i][j] && a[i][j] {
                    res.push(vec![i as i32, j as i32]);
                }
            }
        }
        res
    }
}
