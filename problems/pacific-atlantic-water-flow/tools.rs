use crate::tools::prelude::*;

const MAX_SIDE: usize = 200;
const MAX_HEIGHT: i64 = 100_000;

/// An `n` x `n` grid (1 <= n <= 200) of heights in [0, 10^5], unless the mode
/// says otherwise. Modes:
/// - "random": uniform heights over the whole range (few cells reach both oceans);
/// - "low": heights in [0, 3], so large plateaus of equal height decide the answer;
/// - "peak": a mountain, highest in the middle and falling towards every edge;
/// - "ridge": heights grow with r + c, capped at 10^5 (all water drains north-west);
/// - "extremes": every cell is 0 or 10^5;
/// - "wide" / "tall": "low" heights on n/2 x n and n x n/2 (non-square);
/// - "worst": one flat plateau of equal height: every cell reaches both oceans
///   (the largest answer), every search visits every cell, and a recursive DFS
///   goes up to n^2 deep.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_SIDE);
    let mut random = |rows: usize, cols: usize, hi: i64| -> Vec<Vec<i64>> {
        (0..rows).map(|_| (0..cols).map(|_| g.int(0, hi)).collect()).collect()
    };
    let heights: Vec<Vec<i64>> = match mode {
        "low" => random(n, n, 3),
        "wide" => random(n.div_ceil(2), n, 3),
        "tall" => random(n, n.div_ceil(2), 3),
        "extremes" => random(n, n, 1).into_iter().map(|row| row.into_iter().map(|x| x * MAX_HEIGHT).collect()).collect(),
        "peak" => {
            let mid = (n as i64 - 1) / 2;
            (0..n as i64)
                .map(|r| (0..n as i64).map(|c| 1000 - (r - mid).abs().max((c - mid).abs()) * 4).collect())
                .collect()
        }
        "ridge" => (0..n).map(|r| (0..n).map(|c| ((r + c) as i64 * 300).min(MAX_HEIGHT)).collect()).collect(),
        "worst" => {
            let h = g.int(0, MAX_HEIGHT);
            vec![vec![h; n]; n]
        }
        _ => random(n, n, MAX_HEIGHT),
    };
    vec![json!(heights)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (heights), got {}", input.len()));
    }
    let rows = array(&input[0], "heights")?;
    len_in(rows.len(), 1, MAX_SIDE, "heights (number of rows)")?;
    let mut width = None;
    for (r, row) in rows.iter().enumerate() {
        let cells = array(row, &format!("heights[{r}]"))?;
        len_in(cells.len(), 1, MAX_SIDE, &format!("heights[{r}] (number of columns)"))?;
        match width {
            None => width = Some(cells.len()),
            Some(w) if w != cells.len() => {
                return Err(format!("heights[{r}] has {} cells but heights[0] has {w}: rows must be equally long", cells.len()));
            }
            Some(_) => {}
        }
        for (c, cell) in cells.iter().enumerate() {
            match cell.as_i64() {
                Some(h) if (0..=MAX_HEIGHT).contains(&h) => {}
                _ => return Err(format!("heights[{r}][{c}] = {cell} must be an integer in [0, {MAX_HEIGHT}]")),
            }
        }
    }
    Ok(())
}
