use crate::tools::prelude::*;

const MAX_SIDE: usize = 10;
const MAX_V: i64 = 100;

/// A matrix whose sides are at most `n` (clamped to 1..=10). Modes:
/// - "random": m and n uniform in 1..=n, values uniform in [-100, 100];
/// - "square": n x n;
/// - "row" / "column": 1 x n and n x 1;
/// - "wide" / "tall": a random short side below n against a long side of n
///   (odd short sides leave a middle row or column);
/// - "worst": n x n with distinct values, so any repeated, skipped or
///   misordered cell changes the output.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_SIDE);
    let short = g.usize(1, n.saturating_sub(1).max(1));
    let (rows, cols) = match mode {
        "square" | "worst" => (n, n),
        "row" => (1, n),
        "column" => (n, 1),
        "wide" => (short, n),
        "tall" => (n, short),
        _ => (g.usize(1, n), g.usize(1, n)),
    };
    let cells: Vec<i64> = if mode == "worst" {
        g.distinct(rows * cols, -MAX_V, MAX_V)
    } else {
        (0..rows * cols).map(|_| g.int(-MAX_V, MAX_V)).collect()
    };
    let matrix: Vec<Vec<i64>> = cells.chunks(cols).map(<[i64]>::to_vec).collect();
    vec![json!(matrix)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (matrix), got {}", input.len()));
    }
    let rows = array(&input[0], "matrix")?;
    len_in(rows.len(), 1, MAX_SIDE, "matrix (m, the number of rows)")?;
    let mut width = None;
    for (r, row) in rows.iter().enumerate() {
        let cells = int_array(row, 1, MAX_SIDE, -MAX_V, MAX_V, &format!("matrix[{r}]"))?;
        match width {
            None => width = Some(cells.len()),
            Some(w) if w != cells.len() => {
                return Err(format!(
                    "matrix[{r}] has {} cells but matrix[0] has {w}: rows must be equally long",
                    cells.len()
                ));
            }
            Some(_) => {}
        }
    }
    Ok(())
}
