use crate::tools::prelude::*;

const MAX_ANSWER: u64 = 2_000_000_000;

/// Paths from the top-left to the bottom-right cell, saturating at u64::MAX.
/// Every cell that feeds the answer holds at most the answer, so the result is
/// exact whenever it is <= 2 * 10^9.
fn count(grid: &[Vec<u8>]) -> u64 {
    let mut row = vec![0u64; grid[0].len()];
    row[0] = 1;
    for line in grid {
        for j in 0..row.len() {
            if line[j] == 1 {
                row[j] = 0;
            } else if j > 0 {
                row[j] = row[j].saturating_add(row[j - 1]);
            }
        }
    }
    row[row.len() - 1]
}

/// A `side` x `side` grid (side = `n` clamped into 1..=100) whose answer stays
/// <= 2 * 10^9: the routes run through a strip of at most 7 free rows at the
/// top, then down a free last column. Below the strip, a wall in the
/// second-to-last column cuts the rest off from the target: that region is
/// reachable, but its counts overflow 32 (and 64) bits without reaching the
/// answer. Modes:
/// - "random": strip of 1 to 7 rows with scattered obstacles, obstacles
///   scattered below it too;
/// - "transposed": the same, mirrored along the diagonal (strip on the left);
/// - "sparse": random obstacles only, 1 in 3 cells (small answers, often 0);
/// - "blocked-start" / "blocked-end": the worst grid with the start / target
///   cell blocked (the answer is 0);
/// - "worst": a free 7-row strip (C(side + 5, 6) routes, 1609344100 at side
///   100) over a free dead region: every cell of the DP is live work and the
///   dead region overflows.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let side = n.clamp(1, 100);
    let open = matches!(mode, "worst" | "blocked-start" | "blocked-end");
    let mut grid = vec![vec![0u8; side]; side];
    if mode == "sparse" {
        for line in grid.iter_mut() {
            for cell in line.iter_mut() {
                *cell = u8::from(g.chance(1.0 / 3.0));
            }
        }
        grid[0][0] = 0;
        grid[side - 1][side - 1] = 0;
    } else {
        let h = if open { 7.min(side) } else { g.usize(1, 7.min(side)) };
        for (r, line) in grid.iter_mut().enumerate() {
            for (c, cell) in line.iter_mut().enumerate() {
                let wall = r >= h && side >= 2 && c == side - 2;
                let p = if open { 0.0 } else if r < h { 0.08 } else { 0.3 };
                *cell = u8::from(wall || (c != side - 1 && g.chance(p)));
            }
        }
        grid[0][0] = 0;
        if mode == "transposed" {
            grid = (0..side).map(|c| (0..side).map(|r| grid[r][c]).collect()).collect();
        }
    }
    match mode {
        "blocked-start" => grid[0][0] = 1,
        "blocked-end" => grid[side - 1][side - 1] = 1,
        _ => {}
    }
    debug_assert!(count(&grid) <= MAX_ANSWER);
    vec![json!(grid)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (obstacleGrid), got {}", input.len()));
    }
    let rows = array(&input[0], "obstacleGrid")?;
    len_in(rows.len(), 1, 100, "obstacleGrid")?;
    let mut grid: Vec<Vec<u8>> = Vec::with_capacity(rows.len());
    for (i, row) in rows.iter().enumerate() {
        let cells = int_array(row, 1, 100, 0, 1, &format!("obstacleGrid[{i}]"))?;
        if cells.len() != array(&rows[0], "obstacleGrid[0]")?.len() {
            return Err(format!("obstacleGrid[{i}] has {} cells, but row 0 has a different length", cells.len()));
        }
        grid.push(cells.into_iter().map(|x| u8::from(x == 1)).collect());
    }
    let answer = count(&grid);
    if answer > MAX_ANSWER {
        return Err(format!("the answer (at least {answer}) exceeds 2 * 10^9"));
    }
    Ok(())
}
