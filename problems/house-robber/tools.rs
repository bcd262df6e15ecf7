use crate::tools::prelude::*;

/// `n` house values (1 <= n <= 100) in [0, 400]. Modes:
/// - "random": uniform in [0, 400];
/// - "gaps": large values separated by runs of one to three small ones, so the
///   best plan often skips two houses in a row (defeats even/odd parity);
/// - "worst": values in [200, 400]: every house is worth robbing, so the
///   take/skip choice stays open until the last house and no house can be
///   ruled out early.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, 100);
    let nums: Vec<i64> = match mode {
        "gaps" => {
            let mut v = Vec::with_capacity(n);
            while v.len() < n {
                v.push(g.int(300, 400));
                for _ in 0..g.usize(1, 3) {
                    v.push(g.int(0, 40));
                }
            }
            v.truncate(n);
            v
        }
        "worst" => (0..n).map(|_| g.int(200, 400)).collect(),
        _ => (0..n).map(|_| g.int(0, 400)).collect(),
    };
    vec![json!(nums)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (nums), got {}", input.len()));
    }
    int_array(&input[0], 1, 100, 0, 400, "nums")?;
    Ok(())
}
