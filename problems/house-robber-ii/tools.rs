use crate::tools::prelude::*;

/// `n` house values around a circle (1 <= n <= 100) in [0, 1000]. Modes:
/// - "random": uniform in [0, 1000];
/// - "gaps": large values separated by runs of one to three small ones, so the
///   best plan often skips two houses in a row;
/// - "ends": the first and the last house are the two richest (robbing both is
///   the tempting mistake);
/// - "worst": values in [500, 1000]: every house is worth robbing, so the
///   take/skip choice stays open until the end.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, 100);
    let nums: Vec<i64> = match mode {
        "gaps" => {
            let mut v = Vec::with_capacity(n + 3);
            while v.len() < n {
                v.push(g.int(700, 1000));
                for _ in 0..g.usize(1, 3) {
                    v.push(g.int(0, 100));
                }
            }
            v.truncate(n);
            v
        }
        "ends" => {
            let mut v: Vec<i64> = (0..n).map(|_| g.int(0, 600)).collect();
            v[0] = g.int(900, 1000);
            v[n - 1] = g.int(900, 1000);
            v
        }
        "worst" => (0..n).map(|_| g.int(500, 1000)).collect(),
        _ => (0..n).map(|_| g.int(0, 1000)).collect(),
    };
    vec![json!(nums)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (nums), got {}", input.len()));
    }
    int_array(&input[0], 1, 100, 0, 1000, "nums")?;
    Ok(())
}
