use crate::tools::prelude::*;

const MAX: usize = 300;

fn to_json(rows: &[Vec<bool>]) -> Value {
    let grid: Vec<Vec<&str>> =
        rows.iter().map(|row| row.iter().map(|&land| if land { "1" } else { "0" }).collect()).collect();
    json!(grid)
}

/// A grid of `n` x `n` cells (1 <= n <= 300) unless the mode says otherwise. Modes:
/// - "random": every cell is land with probability 1/2 (many small islands);
/// - "sparse": land with probability 0.3 (mostly lone cells);
/// - "dense": land with probability 0.7 (a few large, ragged islands);
/// - "water": all water;
/// - "checker": a checkerboard, the most islands possible (about n^2 / 2);
/// - "row" / "column": a single line of random cells (1 x n, n x 1);
/// - "wide" / "tall": random cells in n/2 x n and n x n/2 (non-square);
/// - "snake": a one-cell-wide path winding through every other row: one island
///   of about n^2 / 2 cells whose BFS/DFS frontier is a single cell;
/// - "worst": all land, one island of n^2 cells: every cell is visited and a
///   recursive DFS goes up to n^2 frames deep.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX);
    let random = |rows: usize, cols: usize, p: f64, g: &mut Gen| -> Vec<Vec<bool>> {
        (0..rows).map(|_| (0..cols).map(|_| g.chance(p)).collect()).collect()
    };
    let rows = match mode {
        "sparse" => random(n, n, 0.3, g),
        "dense" => random(n, n, 0.7, g),
        "water" => vec![vec![false; n]; n],
        "checker" => (0..n).map(|r| (0..n).map(|c| (r + c) % 2 == 0).collect()).collect(),
        "row" => random(1, n, 0.5, g),
        "column" => random(n, 1, 0.5, g),
        "wide" => random(n.div_ceil(2), n, 0.5, g),
        "tall" => random(n, n.div_ceil(2), 0.5, g),
        "worst" => vec![vec![true; n]; n],
        "snake" => {
            // Even rows are all land; odd rows connect them at alternating ends.
            (0..n)
                .map(|r| {
                    (0..n)
                        .map(|c| r % 2 == 0 || (r % 4 == 1 && c == n - 1) || (r % 4 == 3 && c == 0))
                        .collect()
                })
                .collect()
        }
        _ => random(n, n, 0.5, g),
    };
    vec![to_json(&rows)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (grid), got {}", input.len()));
    }
    let rows = array(&input[0], "grid")?;
    len_in(rows.len(), 1, MAX, "grid (number of rows)")?;
    let mut width = None;
    for (r, row) in rows.iter().enumerate() {
        let cells = array(row, &format!("grid[{r}]"))?;
        len_in(cells.len(), 1, MAX, &format!("grid[{r}] (number of columns)"))?;
        match width {
            None => width = Some(cells.len()),
            Some(w) if w != cells.len() => {
                return Err(format!("grid[{r}] has {} cells but grid[0] has {w}: rows must be equally long", cells.len()));
            }
            Some(_) => {}
        }
        for (c, cell) in cells.iter().enumerate() {
            if cell.as_str() != Some("0") && cell.as_str() != Some("1") {
                return Err(format!("grid[{r}][{c}] = {cell} must be the string \"0\" or \"1\""));
            }
        }
    }
    Ok(())
}
