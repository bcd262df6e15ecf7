use crate::tools::prelude::*;
use std::collections::HashSet;

const MAX_COURSES: usize = 2000;
/// Pairs in the random modes; the constraint allows up to n * (n - 1), which
/// only the "dense" mode approaches.
const RANDOM_PAIRS: usize = 20_000;

/// Distinct pairs [a, b] ("b before a").
struct Pairs {
    list: Vec<[usize; 2]>,
    seen: HashSet<(usize, usize)>,
}

impl Pairs {
    fn new() -> Self {
        Pairs { list: Vec::new(), seen: HashSet::new() }
    }

    fn add(&mut self, a: usize, b: usize) {
        if a != b && self.seen.insert((a, b)) {
            self.list.push([a, b]);
        }
    }

    /// Random pairs that respect `order` (b earlier than a), until `want` pairs in total.
    fn fill_forward(&mut self, order: &[usize], want: usize, g: &mut Gen) {
        let n = order.len();
        let want = want.min(n * (n - 1) / 2);
        while self.list.len() < want {
            let i = g.usize(0, n - 1);
            let j = g.usize(0, n - 1);
            if i != j {
                self.add(order[i.max(j)], order[i.min(j)]);
            }
        }
    }
}

/// `n` courses (1 <= n <= 2000) and distinct pairs [a, b], a != b, meaning
/// "b before a"; labels are shuffled. Modes:
/// - "random": 20000 random pairs (fewer when n is small) consistent with a hidden order (an order exists);
/// - "cycle": the same plus one pair from the first course of the hidden order
///   back to the last: a cycle through the whole plan, answer [];
/// - "none": no pairs, every permutation is an answer;
/// - "chain": one path through every course plus random forward pairs: exactly
///   one valid order, and a recursive DFS goes n deep;
/// - "chain-cycle": the chain closed into a ring of all n courses (answer []);
/// - "late-cycle": random forward pairs plus a 2-cycle between the last two
///   courses of the hidden order: almost everything can be ordered, answer [];
/// - "dense": every forward pair of the hidden order, n (n - 1) / 2 pairs
///   (one valid order);
/// - "ladder-cycle": the "worst" ladder with one pair from its last layer back to
///   its first (answer []);
/// - "worst": a ladder of layers of two courses, each needing both courses of the
///   layer before, plus random forward pairs: acyclic, and a DFS that does not
///   remember finished courses walks 2^(n/2) paths.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_COURSES);
    let mut order: Vec<usize> = (0..n).collect();
    g.shuffle(&mut order);
    // Small plans get a random number of pairs (full ones would all look alike).
    let want = RANDOM_PAIRS.min(g.usize(n.saturating_sub(1), n * (n - 1) / 2 + 1));
    let mut pairs = Pairs::new();
    match mode {
        "none" => {}
        "dense" => {
            let mut list = Vec::with_capacity(n * (n - 1) / 2);
            for i in 0..n {
                for j in 0..i {
                    list.push([order[i], order[j]]);
                }
            }
            g.shuffle(&mut list);
            return vec![json!(n), json!(list)];
        }
        "chain" | "chain-cycle" => {
            for w in order.windows(2) {
                pairs.add(w[1], w[0]);
            }
            if mode == "chain-cycle" {
                pairs.add(order[0], order[n - 1]);
            } else {
                pairs.fill_forward(&order, want, g);
            }
        }
        "worst" | "ladder-cycle" => {
            for i in 2..n {
                let layer = i / 2;
                for p in [2 * layer - 2, 2 * layer - 1] {
                    pairs.add(order[i], order[p]);
                }
            }
            pairs.fill_forward(&order, want, g);
            if mode == "ladder-cycle" {
                pairs.add(order[0], order[n - 1]);
            }
        }
        "cycle" => {
            pairs.fill_forward(&order, want, g);
            pairs.add(order[0], order[n - 1]);
        }
        "late-cycle" => {
            pairs.fill_forward(&order, want, g);
            if n >= 2 {
                pairs.add(order[n - 1], order[n - 2]);
                pairs.add(order[n - 2], order[n - 1]);
            }
        }
        _ => pairs.fill_forward(&order, want, g),
    }
    let mut list = pairs.list;
    g.shuffle(&mut list);
    vec![json!(n), json!(list)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 2 {
        return Err(format!("expected 2 arguments (numCourses, prerequisites), got {}", input.len()));
    }
    let n = int_in(&input[0], 1, MAX_COURSES as i64, "numCourses")?;
    let pairs = array(&input[1], "prerequisites")?;
    let max_pairs = usize::try_from(n * (n - 1)).unwrap_or(0);
    len_in(pairs.len(), 0, max_pairs, "prerequisites (at most numCourses * (numCourses - 1))")?;
    let mut seen = HashSet::with_capacity(pairs.len());
    for (i, pair) in pairs.iter().enumerate() {
        let what = format!("prerequisites[{i}]");
        let ab = int_array(pair, 2, 2, 0, n - 1, &what)?;
        if ab[0] == ab[1] {
            return Err(format!("{what} = [{}, {}]: a course cannot require itself (a_i != b_i)", ab[0], ab[1]));
        }
        if !seen.insert((ab[0], ab[1])) {
            return Err(format!("{what} = [{}, {}] appears more than once", ab[0], ab[1]));
        }
    }
    Ok(())
}
