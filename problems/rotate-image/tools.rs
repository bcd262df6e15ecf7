use crate::tools::prelude::*;

const MAX_N: usize = 20;
const MAX_V: i64 = 1000;

/// An `n` x `n` matrix (n clamped to 1..=20). Modes:
/// - "random": values uniform in [-1000, 1000] (repeats possible);
/// - "small-values": values in [-2, 2] (many repeats, the output looks like
///   the input unless the cells really move);
/// - "all-equal": one value everywhere (every rotation is the identity);
/// - "worst": distinct values, so every misplaced cell changes the output.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_N);
    let cells: Vec<i64> = match mode {
        "small-values" => (0..n * n).map(|_| g.int(-2, 2)).collect(),
        "all-equal" => vec![g.int(-MAX_V, MAX_V); n * n],
        "worst" => g.distinct(n * n, -MAX_V, MAX_V),
        _ => (0..n * n).map(|_| g.int(-MAX_V, MAX_V)).collect(),
    };
    let rows: Vec<Vec<i64>> = cells.chunks(n).map(<[i64]>::to_vec).collect();
    vec![json!(rows)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (matrix), got {}", input.len()));
    }
    let rows = array(&input[0], "matrix")?;
    len_in(rows.len(), 1, MAX_N, "matrix (n, the number of rows)")?;
    for (r, row) in rows.iter().enumerate() {
        let cells = int_array(row, 1, MAX_N, -MAX_V, MAX_V, &format!("matrix[{r}]"))?;
        if cells.len() != rows.len() {
            return Err(format!(
                "matrix[{r}] has {} cells but the matrix has {} rows: it must be square (n x n)",
                cells.len(),
                rows.len()
            ));
        }
    }
    Ok(())
}
