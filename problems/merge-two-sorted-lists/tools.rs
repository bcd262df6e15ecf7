use crate::tools::prelude::*;

const MAX_LEN: usize = 50;
const MAX_V: i64 = 100;

fn sorted_values(len: usize, lo: i64, hi: i64, g: &mut Gen) -> Vec<i64> {
    let mut v: Vec<i64> = (0..len).map(|_| g.int(lo, hi)).collect();
    v.sort_unstable();
    v
}

/// Two sorted lists holding `n` nodes in total (clamped to 0..=100, at most 50
/// each), values in [-100, 100]. Modes:
/// - "random": a random split of `n`, random values;
/// - "disjoint": every value of one list is below every value of the other;
/// - "one": all `min(n, 50)` nodes in one list, the other empty;
/// - "equal": every node of both lists holds the same value;
/// - "worst": an even split whose values interleave strictly (with a few ties),
///   so the merge alternates between the lists up to the very last node.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.min(2 * MAX_LEN);
    let (a, b) = match mode {
        "disjoint" => {
            let la = g.usize(n.saturating_sub(MAX_LEN), n.min(MAX_LEN));
            let mid = g.int(-MAX_V + 1, MAX_V);
            let low = sorted_values(la, -MAX_V, mid - 1, g);
            let high = sorted_values(n - la, mid, MAX_V, g);
            if g.chance(0.5) { (low, high) } else { (high, low) }
        }
        "one" => {
            let v = sorted_values(n.min(MAX_LEN), -MAX_V, MAX_V, g);
            if g.chance(0.5) { (v, vec![]) } else { (vec![], v) }
        }
        "equal" => {
            let la = g.usize(n.saturating_sub(MAX_LEN), n.min(MAX_LEN));
            let x = g.int(-MAX_V, MAX_V);
            (vec![x; la], vec![x; n - la])
        }
        "worst" => {
            // Values 2k and 2k+1 (shifted), mostly alternating lists; a few ties.
            let base = g.int(-MAX_V, MAX_V - n as i64);
            let (mut a, mut b) = (Vec::new(), Vec::new());
            for i in 0..n {
                let v = if g.chance(0.1) && i > 0 { base + i as i64 - 1 } else { base + i as i64 };
                if i % 2 == 0 { a.push(v) } else { b.push(v) }
            }
            (a, b)
        }
        _ => {
            let la = g.usize(n.saturating_sub(MAX_LEN), n.min(MAX_LEN));
            (sorted_values(la, -MAX_V, MAX_V, g), sorted_values(n - la, -MAX_V, MAX_V, g))
        }
    };
    vec![json!(a), json!(b)]
}

fn sorted_list(v: &Value, what: &str) -> Result<(), String> {
    let vals = int_array(v, 0, MAX_LEN, -MAX_V, MAX_V, what)?;
    if let Some(i) = (1..vals.len()).find(|&i| vals[i] < vals[i - 1]) {
        return Err(format!("{what} is not sorted: {what}[{i}] = {} < {}", vals[i], vals[i - 1]));
    }
    Ok(())
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 2 {
        return Err(format!("expected 2 arguments (list1, list2), got {}", input.len()));
    }
    sorted_list(&input[0], "list1")?;
    sorted_list(&input[1], "list2")?;
    Ok(())
}
