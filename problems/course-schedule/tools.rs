use crate::tools::prelude::*;
use std::collections::HashSet;

const MAX_COURSES: usize = 2000;
const MAX_PAIRS: usize = 5000;

/// Adds the pair [a, b] ("b before a") unless it is already there.
fn add(pairs: &mut Vec<[usize; 2]>, seen: &mut HashSet<(usize, usize)>, a: usize, b: usize) -> bool {
    if seen.insert((a, b)) {
        pairs.push([a, b]);
        true
    } else {
        false
    }
}

/// Random pairs that respect the order `order` (b earlier than a), until `want` pairs.
fn fill_forward(order: &[usize], want: usize, pairs: &mut Vec<[usize; 2]>, seen: &mut HashSet<(usize, usize)>, g: &mut Gen) {
    let n = order.len();
    let possible = n * (n - 1) / 2;
    let want = want.min(possible);
    while pairs.len() < want {
        let i = g.usize(0, n - 1);
        let j = g.usize(0, n - 1);
        if i != j {
            let (lo, hi) = (i.min(j), i.max(j));
            add(pairs, seen, order[hi], order[lo]);
        }
    }
}

/// `n` courses (1 <= n <= 2000) and up to 5000 distinct pairs [a, b] meaning
/// "b before a". Course labels are shuffled, so no mode is sorted. Modes:
/// - "random": a random acyclic set of 5000 pairs (answer true);
/// - "cycle": the same plus one pair closing a cycle through the first and the
///   last course of the hidden order (answer false);
/// - "none": no pairs at all (answer true);
/// - "chain": one path through every course, plus random forward pairs (true,
///   and a recursive DFS goes n deep);
/// - "chain-cycle": the chain closed into a ring of all n courses (false);
/// - "ladder-cycle": the "worst" ladder with one pair from its last layer back
///   to its first (false, the cycle runs through every layer);
/// - "worst": a ladder of layers of two courses, each course needing both
///   courses of the layer before, plus random forward pairs: acyclic, so nothing
///   stops early, and a DFS that does not remember finished courses walks 2^(n/2)
///   paths.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_COURSES);
    let mut order: Vec<usize> = (0..n).collect();
    g.shuffle(&mut order);
    let mut pairs: Vec<[usize; 2]> = Vec::new();
    let mut seen: HashSet<(usize, usize)> = HashSet::new();
    match mode {
        "none" => {}
        "chain" | "chain-cycle" => {
            for w in order.windows(2) {
                add(&mut pairs, &mut seen, w[1], w[0]);
            }
            if mode == "chain-cycle" {
                // The ring needs n pairs; with one course it is a self-loop.
                add(&mut pairs, &mut seen, order[0], order[n - 1]);
            } else {
                fill_forward(&order, MAX_PAIRS, &mut pairs, &mut seen, g);
            }
        }
        "worst" | "ladder-cycle" => {
            for i in 2..n {
                // Course order[i] sits in layer i / 2 and needs both courses of the layer before.
                let layer = i / 2;
                for p in [2 * layer - 2, 2 * layer - 1] {
                    add(&mut pairs, &mut seen, order[i], order[p]);
                }
            }
            let closing = mode == "ladder-cycle";
            fill_forward(&order, MAX_PAIRS - usize::from(closing), &mut pairs, &mut seen, g);
            if closing {
                add(&mut pairs, &mut seen, order[0], order[n - 1]);
            }
        }
        "cycle" => {
            fill_forward(&order, MAX_PAIRS - 1, &mut pairs, &mut seen, g);
            add(&mut pairs, &mut seen, order[0], order[n - 1]);
        }
        _ => fill_forward(&order, MAX_PAIRS, &mut pairs, &mut seen, g),
    }
    g.shuffle(&mut pairs);
    vec![json!(n), json!(pairs)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 2 {
        return Err(format!("expected 2 arguments (numCourses, prerequisites), got {}", input.len()));
    }
    let n = int_in(&input[0], 1, MAX_COURSES as i64, "numCourses")?;
    let pairs = array(&input[1], "prerequisites")?;
    len_in(pairs.len(), 0, MAX_PAIRS, "prerequisites")?;
    let mut seen = HashSet::with_capacity(pairs.len());
    for (i, pair) in pairs.iter().enumerate() {
        let what = format!("prerequisites[{i}]");
        let ab = int_array(pair, 2, 2, 0, n - 1, &what)?;
        if !seen.insert((ab[0], ab[1])) {
            return Err(format!("{what} = [{}, {}] appears more than once", ab[0], ab[1]));
        }
    }
    Ok(())
}
