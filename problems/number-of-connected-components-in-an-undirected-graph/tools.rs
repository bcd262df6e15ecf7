use crate::tools::prelude::*;
use std::collections::HashSet;

const MAX_N: usize = 2000;
const MAX_EDGES: usize = 5000;

/// Collects distinct edges, each stored as [smaller, larger].
struct Edges {
    list: Vec<[usize; 2]>,
    seen: HashSet<(usize, usize)>,
}

impl Edges {
    fn new() -> Self {
        Edges { list: Vec::new(), seen: HashSet::new() }
    }

    fn add(&mut self, a: usize, b: usize) {
        let (a, b) = (a.min(b), a.max(b));
        if a != b && self.seen.insert((a, b)) {
            self.list.push([a, b]);
        }
    }

    /// Random edges inside `nodes` until there are `want` edges in total (or no room is left).
    fn fill(&mut self, nodes: &[usize], want: usize, g: &mut Gen) {
        let k = nodes.len();
        let room = self.list.len() + (k * k.saturating_sub(1) / 2).saturating_sub(self.inside(nodes));
        let want = want.min(room);
        while self.list.len() < want {
            let a = *g.pick(nodes);
            let b = *g.pick(nodes);
            self.add(a, b);
        }
    }

    /// How many stored edges have both ends in `nodes`.
    fn inside(&self, nodes: &[usize]) -> usize {
        let set: HashSet<usize> = nodes.iter().copied().collect();
        self.list.iter().filter(|[a, b]| set.contains(a) && set.contains(b)).count()
    }
}

/// A graph on `n` nodes (2 <= n <= 2000) with 1..=5000 distinct edges [a, b],
/// a < b, labels shuffled. Modes:
/// - "random": 5000 random edges (almost always one big component);
/// - "sparse": about n/2 random edges, so many components of different sizes;
/// - "single": one edge, all other nodes isolated (n - 1 components);
/// - "cliques": groups of 10 nodes, each group a complete graph, until the 5000
///   edges run out (the nodes of the last groups stay isolated);
/// - "forest": random trees (no cycle), about 20 of them;
/// - "worst": one path through every node, its edges listed in path order (long
///   parent chains for union-find without ranks, n-deep recursion for DFS), then
///   random extra edges up to 5000: a single component, nothing stops early.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(2, MAX_N);
    let mut label: Vec<usize> = (0..n).collect();
    g.shuffle(&mut label);
    let all: Vec<usize> = (0..n).collect();
    let mut edges = Edges::new();
    match mode {
        "sparse" => edges.fill(&all, (n / 2).max(1), g),
        "single" => {
            let a = g.usize(0, n - 1);
            let b = (a + g.usize(1, n - 1)) % n;
            edges.add(a, b);
        }
        "cliques" => {
            let mut order = all.clone();
            g.shuffle(&mut order);
            for group in order.chunks(10) {
                for i in 0..group.len() {
                    for j in i + 1..group.len() {
                        if edges.list.len() < MAX_EDGES {
                            edges.add(group[i], group[j]);
                        }
                    }
                }
            }
        }
        "forest" => {
            // Node i > 0 hangs under an earlier node of its tree unless it starts a new tree.
            let trees = (n / 100).clamp(1, 20);
            let mut roots = vec![0usize];
            for i in 1..n {
                if roots.len() < trees && g.chance(trees as f64 / n as f64) {
                    roots.push(i);
                } else {
                    let root = *roots.last().unwrap();
                    edges.add(i, g.usize(root, i - 1));
                }
            }
        }
        "worst" => {
            for i in 1..n {
                edges.add(i - 1, i);
            }
            edges.fill(&all, MAX_EDGES, g);
        }
        _ => edges.fill(&all, MAX_EDGES, g),
    }
    let mut list: Vec<[usize; 2]> = edges.list.iter().map(|&[a, b]| [label[a], label[b]]).collect();
    for e in &mut list {
        e.sort_unstable();
    }
    if mode != "worst" {
        g.shuffle(&mut list);
    }
    vec![json!(n), json!(list)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 2 {
        return Err(format!("expected 2 arguments (n, edges), got {}", input.len()));
    }
    let n = int_in(&input[0], 1, MAX_N as i64, "n")?;
    let edges = array(&input[1], "edges")?;
    len_in(edges.len(), 1, MAX_EDGES, "edges")?;
    let mut seen = HashSet::with_capacity(edges.len());
    for (i, edge) in edges.iter().enumerate() {
        let what = format!("edges[{i}]");
        let ab = int_array(edge, 2, 2, 0, n - 1, &what)?;
        let (a, b) = (ab[0], ab[1]);
        if a == b {
            return Err(format!("{what} = [{a}, {b}] is a self-loop (a_i != b_i)"));
        }
        if a > b {
            return Err(format!("{what} = [{a}, {b}] must list the smaller node first (a_i <= b_i)"));
        }
        if !seen.insert((a, b)) {
            return Err(format!("{what} = [{a}, {b}] is a repeated edge"));
        }
    }
    Ok(())
}
