// Off by one: the end mark is set on the node BEFORE the last letter is
// followed, so "map" marks "ma" as a word and "map" itself is not found.
use std::collections::HashMap;

#[derive(Default)]
struct Node {
    kids: HashMap<u8, Node>,
    end: bool,
}

#[derive(Default)]
struct Trie {
    root: Node,
}

impl Trie {
    fn new() -> Self {
        Self::default()
    }

    fn insert(&mut self, word: String) {
        let bytes = word.as_bytes();
        let mut node = &mut self.root;
        for (i, &b) in bytes.iter().enumerate() {
            if i == bytes.len() - 1 {
                node.end = true;
            }
            node = node.kids.entry(b).or_default();
        }
    }

    fn search(&self, word: String) -> bool {
        let mut node = &self.root;
        for b in word.bytes() {
            match node.kids.get(&b) {
                Some(n) => node = n,
                None => return false,
            }
        }
        node.end
    }

    fn starts_with(&self, prefix: String) -> bool {
        let mut node = &self.root;
        for b in prefix.bytes() {
            match node.kids.get(&b) {
                Some(n) => node = n,
                None => return false,
            }
        }
        true
    }
}
