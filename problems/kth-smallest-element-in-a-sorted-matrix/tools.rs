use crate::tools::prelude::*;

const MAX_N: usize = 300;
const LIM: i64 = 1_000_000_000;

/// An `n x n` matrix (`n` clamped into 1..=300) whose rows and columns do not decrease,
/// values in [-10^9, 10^9], and a k in 1..=n^2. Each entry is the larger of its upper
/// and left neighbours plus a random step. Modes:
/// - "random": steps up to 2 * 10^9 / (2n) from a random start, k uniform;
/// - "dense": steps 0 or 1 (long runs of equal values), k uniform;
/// - "all-equal": one value everywhere, k uniform;
/// - "negative": all values negative, k uniform;
/// - "corner": k = 1 or k = n^2 (the two corners);
/// - "worst": values spread over the whole range [-10^9, 10^9] (the top-left entry
///   is -10^9, the bottom-right 10^9) and k = n^2 / 2: a value binary search takes
///   all ~31 rounds and a k-way merge pops n^2 / 2 times.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_N);
    let cells = n * n;
    let path = i64::try_from(2 * n).unwrap_or(1);
    let (start, max_step) = match mode {
        "dense" => (g.int(-LIM, LIM - path), 1),
        "all-equal" => (g.int(-LIM, LIM), 0),
        "negative" => (-LIM, (LIM - 1) / path),
        "worst" => (-LIM, 2 * LIM / path),
        _ => (g.int(-LIM, 0), LIM / path),
    };
    let mut m = vec![vec![0i64; n]; n];
    for i in 0..n {
        for j in 0..n {
            let base = match (i, j) {
                (0, 0) => start,
                (0, _) => m[0][j - 1],
                (_, 0) => m[i - 1][0],
                _ => m[i - 1][j].max(m[i][j - 1]),
            };
            m[i][j] = (base + g.int(0, max_step)).min(LIM);
        }
    }
    if mode == "worst" {
        m[n - 1][n - 1] = LIM;
    }
    let k = match mode {
        "corner" => {
            if g.chance(0.5) {
                1
            } else {
                cells
            }
        }
        "worst" => (cells / 2).max(1),
        _ => g.usize(1, cells),
    };
    vec![json!(m), json!(k)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    len_in(input.len(), 2, 2, "input (matrix, k)")?;
    let rows = array(&input[0], "matrix")?;
    len_in(rows.len(), 1, MAX_N, "matrix (n, the rows)")?;
    let n = rows.len();
    let mut m: Vec<Vec<i64>> = Vec::with_capacity(n);
    for (i, row) in rows.iter().enumerate() {
        let what = format!("matrix[{i}]");
        m.push(int_array(row, n, n, -LIM, LIM, &format!("{what} (must have n = {n} entries)"))?);
    }
    for i in 0..n {
        for j in 0..n {
            if j > 0 && m[i][j] < m[i][j - 1] {
                return Err(format!("row {i} is not sorted: matrix[{i}][{j}] = {} < {}", m[i][j], m[i][j - 1]));
            }
            if i > 0 && m[i][j] < m[i - 1][j] {
                return Err(format!("column {j} is not sorted: matrix[{i}][{j}] = {} < {}", m[i][j], m[i - 1][j]));
            }
        }
    }
    let cells = i64::try_from(n * n).unwrap_or(i64::MAX);
    int_in(&input[1], 1, cells, "k (1 <= k <= n^2)")?;
    Ok(())
}
