use crate::tools::prelude::*;

const MAX_SIDE: usize = 200;
const MIN_V: i64 = i32::MIN as i64;
const MAX_V: i64 = i32::MAX as i64;

/// A nonzero value: mostly uniform over the whole i32 range, sometimes one of
/// the values people use as sentinels (i32::MIN, i32::MAX, -1, 1).
fn nonzero(g: &mut Gen) -> i64 {
    if g.chance(0.1) {
        return *g.pick(&[MIN_V, MAX_V, -1, 1]);
    }
    let v = g.int(MIN_V, MAX_V);
    if v == 0 { 1 } else { v }
}

/// A matrix whose sides are at most `n` (clamped to 1..=200). Modes:
/// - "random": m and n uniform in 1..=n, zeros sprinkled so that about a third
///   of the rows hold one;
/// - "no-zeros": nothing changes;
/// - "dense": about one cell in five is zero (most of the matrix is wiped);
/// - "edges": zeros only in the first row and the first column (the cells the
///   O(1)-space trick reuses as marks);
/// - "sentinels": values drawn mostly from i32::MIN, i32::MAX, -1 and 1, few zeros;
/// - "wide" / "tall": 1..=n/10 rows against n columns, and the other way round;
/// - "worst": n x n with a zero in about half of the rows, every value of the
///   full range possible.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_SIDE);
    let short = g.usize(1, (n / 10).max(1));
    let (rows, cols) = match mode {
        "worst" | "no-zeros" | "dense" | "edges" | "sentinels" => (n, n),
        "wide" => (short, n),
        "tall" => (n, short),
        _ => (g.usize(1, n), g.usize(1, n)),
    };
    let zero_p = match mode {
        "no-zeros" | "edges" => 0.0,
        "dense" => 0.2,
        "worst" => 0.5 / cols as f64,
        "sentinels" => 0.3 / cols as f64,
        _ => 0.35 / cols as f64,
    };
    let mut m: Vec<Vec<i64>> = (0..rows)
        .map(|_| {
            (0..cols)
                .map(|_| {
                    if g.chance(zero_p) {
                        0
                    } else if mode == "sentinels" && g.chance(0.8) {
                        *g.pick(&[MIN_V, MAX_V, -1, 1])
                    } else {
                        nonzero(g)
                    }
                })
                .collect()
        })
        .collect();
    if mode == "edges" {
        for _ in 0..g.usize(1, 3) {
            let (r, c) = if g.chance(0.5) { (0, g.usize(0, cols - 1)) } else { (g.usize(0, rows - 1), 0) };
            m[r][c] = 0;
        }
    }
    vec![json!(m)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (matrix), got {}", input.len()));
    }
    let rows = array(&input[0], "matrix")?;
    len_in(rows.len(), 1, MAX_SIDE, "matrix (m, the number of rows)")?;
    let mut width = None;
    for (r, row) in rows.iter().enumerate() {
        let cells = int_array(row, 1, MAX_SIDE, MIN_V, MAX_V, &format!("matrix[{r}]"))?;
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
