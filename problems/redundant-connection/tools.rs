use crate::tools::prelude::*;
use std::collections::HashSet;

const MIN_N: usize = 3;
const MAX_N: usize = 1000;

/// A random tree on nodes `0..n`: node i hangs under a random earlier node.
fn tree_edges(n: usize, g: &mut Gen) -> Vec<[usize; 2]> {
    (1..n).map(|i| [g.usize(0, i - 1), i]).collect()
}

/// One edge between two nodes that are not joined yet.
fn extra_edge(n: usize, edges: &[[usize; 2]], g: &mut Gen) -> [usize; 2] {
    let seen: HashSet<(usize, usize)> = edges.iter().map(|&[a, b]| (a.min(b), a.max(b))).collect();
    loop {
        let (a, b) = (g.usize(0, n - 1), g.usize(0, n - 1));
        if a != b && !seen.contains(&(a.min(b), a.max(b))) {
            return [a, b];
        }
    }
}

/// `n` edges on nodes `1..=n` (3 <= n <= 1000): a tree plus one edge, each edge
/// written [a, b] with a < b, labels shuffled. Modes:
/// - "random": a random tree and a random extra edge, in random order;
/// - "ring": one cycle through all n nodes, in random order (the answer is the
///   cycle's last edge in the input, wherever that is);
/// - "triangle": a random tree plus an edge closing a 3-cycle;
/// - "star": a star plus an edge between two leaves;
/// - "cycle-first": a random tree plus an extra edge, with the cycle's edges
///   listed before all the others (the answer is not the last edge);
/// - "worst": a path through every node, its edges in path order (long
///   union-find chains), closed into a ring by the very last edge: the answer
///   comes last and every edge lies on the cycle.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(MIN_N, MAX_N);
    let mut edges: Vec<[usize; 2]> = match mode {
        "ring" | "worst" => {
            let mut e: Vec<[usize; 2]> = (1..n).map(|i| [i - 1, i]).collect();
            e.push([n - 1, 0]);
            e
        }
        "star" => {
            let mut e: Vec<[usize; 2]> = (1..n).map(|i| [0, i]).collect();
            let a = g.usize(1, n - 1);
            let b = if a == n - 1 { 1 } else { g.usize(a + 1, n - 1) };
            e.push([a, b]);
            e
        }
        "triangle" => {
            // Node 2 hangs under 1 and 1 under 0, so [0, 2] closes a triangle.
            let mut e = vec![[0, 1], [1, 2]];
            e.extend((3..n).map(|i| [g.usize(0, i - 1), i]));
            e.push([0, 2]);
            e
        }
        _ => {
            let mut e = tree_edges(n, g);
            let extra = extra_edge(n, &e, g);
            e.push(extra);
            e
        }
    };
    match mode {
        "worst" => {}
        "cycle-first" => {
            let on_cycle = cycle_edges(n, &edges);
            let (mut first, mut rest): (Vec<[usize; 2]>, Vec<[usize; 2]>) =
                edges.iter().partition(|e| on_cycle.contains(&(e[0].min(e[1]), e[0].max(e[1]))));
            g.shuffle(&mut first);
            g.shuffle(&mut rest);
            first.extend(rest);
            edges = first;
        }
        _ => g.shuffle(&mut edges),
    }
    let mut label: Vec<usize> = (1..=n).collect();
    g.shuffle(&mut label);
    let list: Vec<[usize; 2]> = edges
        .iter()
        .map(|&[a, b]| {
            let (a, b) = (label[a], label[b]);
            [a.min(b), a.max(b)]
        })
        .collect();
    vec![json!(list)]
}

/// The edges of the one cycle of a connected graph with n nodes and n edges
/// (what is left after peeling off leaves), as (smaller, larger) pairs.
fn cycle_edges(n: usize, edges: &[[usize; 2]]) -> HashSet<(usize, usize)> {
    let mut adj = vec![Vec::new(); n];
    for &[a, b] in edges {
        adj[a].push(b);
        adj[b].push(a);
    }
    let mut degree: Vec<usize> = adj.iter().map(Vec::len).collect();
    let mut leaves: Vec<usize> = (0..n).filter(|&v| degree[v] == 1).collect();
    while let Some(v) = leaves.pop() {
        degree[v] = 0;
        for &w in &adj[v] {
            if degree[w] > 1 {
                degree[w] -= 1;
                if degree[w] == 1 {
                    leaves.push(w);
                }
            }
        }
    }
    edges.iter().filter(|&&[a, b]| degree[a] > 0 && degree[b] > 0).map(|&[a, b]| (a.min(b), a.max(b))).collect()
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (edges), got {}", input.len()));
    }
    let edges = array(&input[0], "edges")?;
    len_in(edges.len(), MIN_N, MAX_N, "edges (n == edges.length)")?;
    let n = edges.len();
    let mut seen = HashSet::with_capacity(n);
    let mut parent: Vec<usize> = (0..=n).collect();
    fn find(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    let mut groups = n;
    for (i, edge) in edges.iter().enumerate() {
        let what = format!("edges[{i}]");
        let ab = int_array(edge, 2, 2, 1, n as i64, &what)?;
        let (a, b) = (ab[0], ab[1]);
        if a >= b {
            return Err(format!("{what} = [{a}, {b}] must have a_i < b_i"));
        }
        if !seen.insert((a, b)) {
            return Err(format!("{what} = [{a}, {b}] is a repeated edge"));
        }
        let (ra, rb) = (find(&mut parent, a as usize), find(&mut parent, b as usize));
        if ra != rb {
            parent[ra] = rb;
            groups -= 1;
        }
    }
    if groups != 1 {
        return Err(format!("the graph is not connected: {groups} components (the graph must be connected)"));
    }
    Ok(())
}
