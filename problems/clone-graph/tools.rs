use crate::tools::prelude::*;
use std::collections::HashSet;

const MAX_N: usize = 100;

/// A connected graph on `n` nodes as a 1-indexed adjacency list. Modes:
/// "random" (random spanning tree plus random extra edges), "tree", "path",
/// "cycle", "star" (node 1 is the centre or, half the time, a leaf), and
/// "worst": the complete graph, the most edges a clone has to copy.
/// Labels are shuffled (node 1 is not special) and neighbor lists come in
/// random order.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.min(MAX_N);
    let mut edges: Vec<(usize, usize)> = Vec::new(); // 0-based, before relabelling
    match mode {
        "worst" => {
            for a in 0..n {
                for b in a + 1..n {
                    edges.push((a, b));
                }
            }
        }
        "path" => edges.extend((1..n).map(|i| (i - 1, i))),
        "cycle" => {
            edges.extend((1..n).map(|i| (i - 1, i)));
            if n >= 3 {
                edges.push((n - 1, 0));
            }
        }
        "star" => edges.extend((1..n).map(|i| (0, i))),
        _ => {
            edges.extend((1..n).map(|i| (g.usize(0, i - 1), i)));
            if mode != "tree" && n >= 3 {
                let density = g.int(0, 30) as f64 / 100.0;
                let tree: HashSet<(usize, usize)> = edges.iter().map(|&(a, b)| (a.min(b), a.max(b))).collect();
                for a in 0..n {
                    for b in a + 1..n {
                        if !tree.contains(&(a, b)) && g.chance(density) {
                            edges.push((a, b));
                        }
                    }
                }
            }
        }
    }
    // Relabel: vertex v becomes label[v] (1-based). A star keeps its centre
    // at 1 half the time.
    let mut label: Vec<usize> = (1..=n).collect();
    g.shuffle(&mut label);
    if mode == "star" && n > 1 && g.chance(0.5) {
        let one = label.iter().position(|&l| l == 1).unwrap();
        label.swap(0, one);
    }
    let mut adjacency: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (a, b) in edges {
        adjacency[label[a] - 1].push(label[b]);
        adjacency[label[b] - 1].push(label[a]);
    }
    for list in &mut adjacency {
        g.shuffle(list);
    }
    vec![json!(adjacency)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    len_in(input.len(), 1, 1, "input (adjList)")?;
    let lists = array(&input[0], "adjList")?;
    let n = lists.len();
    len_in(n, 0, MAX_N, "adjList (number of nodes)")?;
    let mut adjacency: Vec<Vec<usize>> = Vec::with_capacity(n);
    let mut edges: HashSet<(usize, usize)> = HashSet::new();
    for (i, list) in lists.iter().enumerate() {
        let node = i + 1;
        let what = format!("adjList[{i}] (neighbors of node {node})");
        let neighbors = int_array(list, 0, n, 1, n as i64, &what)?;
        let mut seen = HashSet::new();
        let mut out = Vec::with_capacity(neighbors.len());
        for v in neighbors {
            let v = v as usize;
            if v == node {
                return Err(format!("{what}: self-loop on node {node}"));
            }
            if !seen.insert(v) {
                return Err(format!("{what}: repeated edge {node}-{v}"));
            }
            edges.insert((node, v));
            out.push(v);
        }
        adjacency.push(out);
    }
    for &(a, b) in &edges {
        if !edges.contains(&(b, a)) {
            return Err(format!("edge {a}-{b} is listed for node {a} but not for node {b}: the graph must be undirected"));
        }
    }
    if n > 0 {
        let mut reached = vec![false; n + 1];
        reached[1] = true;
        let mut stack = vec![1usize];
        let mut count = 1;
        while let Some(v) = stack.pop() {
            for &w in &adjacency[v - 1] {
                if !reached[w] {
                    reached[w] = true;
                    count += 1;
                    stack.push(w);
                }
            }
        }
        if count != n {
            let missing = (1..=n).find(|&v| !reached[v]).unwrap();
            return Err(format!("the graph must be connected: node {missing} cannot be reached from node 1"));
        }
    }
    Ok(())
}
