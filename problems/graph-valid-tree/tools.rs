use crate::tools::prelude::*;
use std::collections::HashSet;

const MAX_N: usize = 2000;
const MAX_EDGES: usize = 5000;

/// Distinct undirected edges without self-loops.
struct Edges {
    list: Vec<[usize; 2]>,
    seen: HashSet<(usize, usize)>,
}

impl Edges {
    fn new() -> Self {
        Edges { list: Vec::new(), seen: HashSet::new() }
    }

    fn add(&mut self, a: usize, b: usize) {
        if a != b && self.seen.insert((a.min(b), a.max(b))) {
            self.list.push([a, b]);
        }
    }

    /// Random edges among `0..n` until there are `want` in total (or the graph is complete).
    fn fill(&mut self, n: usize, want: usize, g: &mut Gen) {
        let want = want.min(n * (n - 1) / 2);
        while self.list.len() < want {
            let (a, b) = (g.usize(0, n - 1), g.usize(0, n - 1));
            self.add(a, b);
        }
    }

    /// One more edge that closes a cycle (any new edge does, in a connected graph).
    fn close_cycle(&mut self, n: usize, g: &mut Gen) {
        if self.list.len() < n * (n - 1) / 2 {
            let target = self.list.len() + 1;
            self.fill(n, target, g);
        }
    }
}

/// A random tree on nodes `0..k`: node i hangs under a random earlier node.
fn tree_on(edges: &mut Edges, k: usize, g: &mut Gen) {
    for i in 1..k {
        edges.add(g.usize(0, i - 1), i);
    }
}

/// `n` nodes (1 <= n <= 2000) and at most 5000 distinct edges without
/// self-loops; labels shuffled, each edge's two ends in random order. Modes:
/// - "random": a random tree (true);
/// - "path": one path through every node (true, n-deep recursion);
/// - "star": every node joined to one centre (true);
/// - "forest": a random tree with one edge removed, n - 2 edges (false);
/// - "cycle-plus-lone": a tree on n - 1 nodes plus one edge closing a cycle
///   there, and one isolated node: n - 1 edges but false;
/// - "extra-edge": a random tree plus one edge (false, the only flaw is a cycle);
/// - "dense": 5000 random edges (false);
/// - "none": no edges at all (true only for n = 1);
/// - "worst": a path whose edges come in path order, so union-find without
///   ranks builds n-long parent chains; true, so nothing stops early.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_N);
    let mut label: Vec<usize> = (0..n).collect();
    g.shuffle(&mut label);
    let mut edges = Edges::new();
    match mode {
        "none" => {}
        "path" | "worst" => {
            for i in 1..n {
                edges.add(i - 1, i);
            }
        }
        "star" => {
            for i in 1..n {
                edges.add(0, i);
            }
        }
        "forest" => {
            tree_on(&mut edges, n, g);
            if !edges.list.is_empty() {
                let gone = g.usize(0, edges.list.len() - 1);
                edges.list.swap_remove(gone);
            }
        }
        "cycle-plus-lone" => {
            // Node n - 1 stays alone; the other n - 1 nodes get n - 1 edges.
            tree_on(&mut edges, n - 1, g);
            edges.close_cycle(n - 1, g);
        }
        "extra-edge" => {
            tree_on(&mut edges, n, g);
            edges.close_cycle(n, g);
        }
        "dense" => edges.fill(n, MAX_EDGES, g),
        _ => tree_on(&mut edges, n, g),
    }
    let mut list: Vec<[usize; 2]> = edges.list.iter().map(|&[a, b]| [label[a], label[b]]).collect();
    for e in &mut list {
        if g.chance(0.5) {
            e.swap(0, 1);
        }
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
    len_in(edges.len(), 0, MAX_EDGES, "edges")?;
    let mut seen = HashSet::with_capacity(edges.len());
    for (i, edge) in edges.iter().enumerate() {
        let what = format!("edges[{i}]");
        let ab = int_array(edge, 2, 2, 0, n - 1, &what)?;
        let (a, b) = (ab[0], ab[1]);
        if a == b {
            return Err(format!("{what} = [{a}, {b}] is a self-loop (a_i != b_i)"));
        }
        if !seen.insert((a.min(b), a.max(b))) {
            return Err(format!("{what} = [{a}, {b}] repeats an earlier edge (no repeated edges)"));
        }
    }
    Ok(())
}
