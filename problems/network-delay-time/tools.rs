use crate::tools::prelude::*;
use std::collections::HashSet;

const MAX_N: usize = 100;
const MAX_TIMES: usize = 6000;
const MAX_W: i64 = 100;

/// Distinct directed links (u, v, w) on nodes 0..n, u != v.
struct Links {
    list: Vec<(usize, usize, i64)>,
    seen: HashSet<(usize, usize)>,
}

impl Links {
    fn new() -> Self {
        Links { list: Vec::new(), seen: HashSet::new() }
    }

    fn add(&mut self, u: usize, v: usize, w: i64) {
        if u != v && self.list.len() < MAX_TIMES && self.seen.insert((u, v)) {
            self.list.push((u, v, w));
        }
    }

    /// Random links until `want` (capped by what `allowed` permits), weights in lo..=hi.
    fn fill(&mut self, n: usize, want: usize, lo: i64, hi: i64, allowed: impl Fn(usize, usize) -> bool, g: &mut Gen) {
        let room = (0..n).flat_map(|u| (0..n).map(move |v| (u, v))).filter(|&(u, v)| u != v && allowed(u, v)).count();
        let want = want.min(MAX_TIMES).min(self.list.len() + room);
        let mut tries = 0usize;
        while self.list.len() < want && tries < 50 * MAX_TIMES {
            tries += 1;
            let (u, v) = (g.usize(0, n - 1), g.usize(0, n - 1));
            if allowed(u, v) {
                let w = g.int(lo, hi);
                self.add(u, v, w);
            }
        }
    }
}

/// `n` nodes (2 <= n <= 100; one node cannot have a link), 1 to 6000 distinct
/// directed links [u, v, w] with u != v and 0 <= w <= 100, labels shuffled,
/// source k. Modes:
/// - "random": min(6000, n (n - 1)) random links (everything reachable);
/// - "sparse": about n random links (often some node is unreachable: -1);
/// - "unreachable": random links, but none into one node (answer -1);
/// - "dead-source": random links, but none out of k (answer -1);
/// - "zero": random links, all of weight 0 (answer 0);
/// - "chain": a path of weight-100 links from k through every node, plus random
///   links that only lead backwards along it (answer 100 (n - 1));
/// - "shortcut": direct links from k of weight 100 to everyone, and a path of
///   weight-0/1 links: the cheap way always takes more hops;
/// - "worst": nodes in a line, a weight-1 link to the next node and a link to
///   every later node whose weight drops along the line, plus backward links:
///   every node popped improves all later ones (about n^2 / 2 heap pushes).
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(2, MAX_N);
    let full = (n * (n - 1)).min(MAX_TIMES);
    let mut links = Links::new();
    // Node 0 is the source k before relabelling.
    match mode {
        "sparse" => links.fill(n, n, 0, MAX_W, |_, _| true, g),
        "unreachable" => {
            let cut = g.usize(1, n - 1);
            links.fill(n, full, 0, MAX_W, |_, v| v != cut, g);
        }
        "dead-source" => links.fill(n, full, 0, MAX_W, |u, _| u != 0, g),
        "zero" => links.fill(n, full, 0, 0, |_, _| true, g),
        "chain" => {
            for i in 1..n {
                links.add(i - 1, i, MAX_W);
            }
            links.fill(n, full, 0, MAX_W, |u, v| v < u, g);
        }
        "shortcut" => {
            for i in 1..n {
                links.add(i - 1, i, g.int(0, 1));
            }
            for i in 2..n {
                links.add(0, i, MAX_W);
            }
            links.fill(n, full, 50, MAX_W, |_, _| true, g);
        }
        "worst" => {
            for i in 0..n {
                for j in i + 1..n {
                    let w = if j == i + 1 { 1 } else { (MAX_W - 2 * i64::try_from(i).unwrap_or(0)).max(MAX_W / 2) };
                    links.add(i, j, w);
                }
            }
            links.fill(n, full, MAX_W / 2, MAX_W, |u, v| v < u, g);
        }
        _ => links.fill(n, full, 0, MAX_W, |_, _| true, g),
    }
    let mut label: Vec<usize> = (1..=n).collect();
    g.shuffle(&mut label);
    let mut list: Vec<[i64; 3]> = links
        .list
        .iter()
        .map(|&(u, v, w)| [i64::try_from(label[u]).unwrap_or(0), i64::try_from(label[v]).unwrap_or(0), w])
        .collect();
    if mode != "worst" {
        g.shuffle(&mut list);
    }
    vec![json!(list), json!(n), json!(label[0])]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 3 {
        return Err(format!("expected 3 arguments (times, n, k), got {}", input.len()));
    }
    let n = int_in(&input[1], 1, MAX_N as i64, "n")?;
    int_in(&input[2], 1, n, "k (1 <= k <= n)")?;
    let times = array(&input[0], "times")?;
    len_in(times.len(), 1, MAX_TIMES, "times")?;
    let mut seen = HashSet::with_capacity(times.len());
    for (i, t) in times.iter().enumerate() {
        let what = format!("times[{i}]");
        let uvw = int_array(t, 3, 3, 0, MAX_W.max(n), &what)?;
        let (u, v, w) = (uvw[0], uvw[1], uvw[2]);
        int_in(&json!(u), 1, n, &format!("{what}[0] (u_i)"))?;
        int_in(&json!(v), 1, n, &format!("{what}[1] (v_i)"))?;
        int_in(&json!(w), 0, MAX_W, &format!("{what}[2] (w_i)"))?;
        if u == v {
            return Err(format!("{what} = [{u}, {v}, {w}] is a self-loop (u_i != v_i)"));
        }
        if !seen.insert((u, v)) {
            return Err(format!("{what}: the pair ({u}, {v}) appears more than once (pairs are unique)"));
        }
    }
    Ok(())
}
