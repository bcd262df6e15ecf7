// One BFS per ocean with a VecDeque, recording reachability as bits of a single
// u8 grid (1 = Pacific, 2 = Atlantic); answers are listed in BFS order.
use std::collections::VecDeque;

impl Solution {
    pub fn pacific_atlantic(heights: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        let rows = heights.len() as i32;
        let cols = heights[0].len() as i32;
        let mut mark = vec![vec![0u8; cols as usize]; rows as usize];
        let mut res = Vec::new();
        for bit in [1u8, 2u8] {
            let mut q = VecDeque::new();
            for r in 0..rows {
                for c in 0..cols {
                    let on_edge = if bit == 1 { r == 0 || c == 0 } else { r == rows - 1 || c == cols - 1 };
                    if on_edge {
                        mark[r as usize][c as usize] |= bit;
                        q.push_back((r, c));
                    }
                }
            }
            while let Some((r, c)) = q.pop_front() {
                if mark[r as usize][c as usize] == 3 && bit == 2 {
                    res.push(vec![r, c]);
                }
                for (dr, dc) in [(0, 1), (1, 0), (0, -1), (-1, 0)] {
                    let (nr, nc) = (r + dr, c + dc);
                    if nr < 0 || nc < 0 || nr >= rows || nc >= cols {
                        continue;
                    }
                    let cell = &mut mark[nr as usize][nc as usize];
                    if *cell & bit == 0 && heights[nr as usize][nc as usize] >= heights[r as usize][c as usize] {
                        *cell |= bit;
                        q.push_back((nr, nc));
                    }
                }
            }
        }
        res
    }
}
