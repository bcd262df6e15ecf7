use crate::tools::prelude::*;
use std::collections::HashSet;

const MAX_N: usize = 1000;
const LIMIT: i64 = 1_000_000;

/// Distinct points, in insertion order.
struct Points {
    list: Vec<[i64; 2]>,
    seen: HashSet<[i64; 2]>,
}

impl Points {
    fn new() -> Self {
        Points { list: Vec::new(), seen: HashSet::new() }
    }

    fn add(&mut self, p: [i64; 2]) {
        if self.seen.insert(p) {
            self.list.push(p);
        }
    }

    /// Random points in the square [lo, hi]^2 until there are `n` (the square must hold n points).
    fn fill(&mut self, n: usize, lo: i64, hi: i64, g: &mut Gen) {
        while self.list.len() < n {
            let p = [g.int(lo, hi), g.int(lo, hi)];
            self.add(p);
        }
    }
}

/// `n` distinct points (1 <= n <= 1000) with coordinates in [-10^6, 10^6]. Modes:
/// - "random": uniform over the whole square;
/// - "small-range": inside a 41 x 41 square, so many links tie;
/// - "line": on one horizontal line, spaced randomly (the tree is the path);
/// - "clusters": tight groups far apart: the tree must bridge the gaps once each;
/// - "corners": as far apart as possible, points near the four corners, the
///   largest links (up to 4 * 10^6 each);
/// - "worst": uniform over the whole square but sorted by x, so scanning points
///   in input order finds the cheapest link late; every algorithm still does
///   its full n^2 work.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_N);
    let mut points = Points::new();
    match mode {
        "small-range" => points.fill(n, -20, 20, g),
        "line" => {
            let y = g.int(-LIMIT, LIMIT);
            while points.list.len() < n {
                let x = g.int(-LIMIT, LIMIT);
                points.add([x, y]);
            }
        }
        "clusters" => {
            let centres: Vec<[i64; 2]> =
                (0..g.usize(2, 10)).map(|_| [g.int(-LIMIT + 100, LIMIT - 100), g.int(-LIMIT + 100, LIMIT - 100)]).collect();
            while points.list.len() < n {
                let c = *g.pick(&centres);
                let p = [c[0] + g.int(-100, 100), c[1] + g.int(-100, 100)];
                points.add(p);
            }
        }
        "corners" => {
            while points.list.len() < n {
                let sx = if g.chance(0.5) { 1 } else { -1 };
                let sy = if g.chance(0.5) { 1 } else { -1 };
                let p = [sx * (LIMIT - g.int(0, 30)), sy * (LIMIT - g.int(0, 30))];
                points.add(p);
            }
        }
        _ => points.fill(n, -LIMIT, LIMIT, g),
    }
    let mut list = points.list;
    if mode == "worst" {
        list.sort_unstable();
    } else {
        g.shuffle(&mut list);
    }
    vec![json!(list)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (points), got {}", input.len()));
    }
    let points = array(&input[0], "points")?;
    len_in(points.len(), 1, MAX_N, "points")?;
    let mut seen = HashSet::with_capacity(points.len());
    for (i, p) in points.iter().enumerate() {
        let what = format!("points[{i}]");
        let xy = int_array(p, 2, 2, -LIMIT, LIMIT, &what)?;
        if !seen.insert((xy[0], xy[1])) {
            return Err(format!("{what} = [{}, {}] repeats an earlier point (all points are distinct)", xy[0], xy[1]));
        }
    }
    Ok(())
}
