// Keeps LeetCode's `&self` (RefCell inside): a trie over the 27 characters
// holding each sentence's count at its end node; every input walks to the
// typed prefix, collects the sentences below it and sorts them.
use std::cell::RefCell;
use std::collections::HashMap;

#[derive(Default)]
struct Node {
    next: HashMap<u8, usize>,
    count: i32,
}

struct Inner {
    nodes: Vec<Node>,
    typed: Vec<u8>,
    at: Option<usize>, // trie node of the typed text; None once nothing matches
}

struct AutocompleteSystem {
    inner: RefCell<Inner>,
}

impl Inner {
    fn add(&mut self, s: &[u8], times: i32) {
        let mut node = 0;
        for &b in s {
            node = match self.nodes[node].next.get(&b) {
                Some(&n) => n,
                None => {
                    self.nodes.push(Node::default());
                    let n = self.nodes.len() - 1;
                    self.nodes[node].next.insert(b, n);
                    n
                }
            };
        }
        self.nodes[node].count += times;
    }

    fn collect(&self, node: usize, path: &mut Vec<u8>, out: &mut Vec<(i32, String)>) {
        if self.nodes[node].count > 0 {
            out.push((-self.nodes[node].count, String::from_utf8(path.clone()).unwrap()));
        }
        for (&b, &n) in &self.nodes[node].next {
            path.push(b);
            self.collect(n, path, out);
            path.pop();
        }
    }
}

/**
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl AutocompleteSystem {
    fn new(sentences: Vec<String>, times: Vec<i32>) -> Self {
        let mut inner = Inner { nodes: vec![Node::default()], typed: Vec::new(), at: Some(0) };
        for (s, t) in sentences.iter().zip(times) {
            inner.add(s.as_bytes(), t);
        }
        AutocompleteSystem { inner: RefCell::new(inner) }
    }

    fn input(&self, c: char) -> Vec<String> {
        let mut s = self.inner.borrow_mut();
        if c == '#' {
            let typed = std::mem::take(&mut s.typed);
            s.add(&typed, 1);
            s.at = Some(0);
            return vec![];
        }
        s.typed.push(c as u8);
        let at = s.at.and_then(|n| s.nodes[n].next.get(&(c as u8)).copied());
        s.at = at;
        let Some(node) = at else { return vec![] };
        let mut path = s.typed.clone();
        let mut found = Vec::new();
        s.collect(node, &mut path, &mut found);
        found.sort();
        found.into_iter().take(3).map(|(_, t)| t).collect()
    }
}
