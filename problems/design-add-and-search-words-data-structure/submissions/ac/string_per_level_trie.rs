// A slow but common trie: HashMap<char, Box<Node>> children and a recursive
// search that allocates a new String for the rest of the pattern at every
// level. Still well inside the limit at LeetCode's sizes.
use std::collections::HashMap;

struct Node {
    kids: HashMap<char, Box<Node>>,
    end: bool,
}

impl Node {
    fn new() -> Self {
        Node { kids: HashMap::new(), end: false }
    }

    fn find(&self, rest: String) -> bool {
        let mut chars = rest.chars();
        match chars.next() {
            None => self.end,
            Some('.') => {
                let tail: String = chars.collect();
                self.kids.values().any(|k| k.find(tail.clone()))
            }
            Some(c) => match self.kids.get(&c) {
                Some(k) => k.find(rest[1..].to_string()),
                None => false,
            },
        }
    }
}

struct WordDictionary {
    root: Box<Node>,
}

impl WordDictionary {
    fn new() -> Self {
        WordDictionary { root: Box::new(Node::new()) }
    }

    fn add_word(&mut self, word: String) {
        let mut cur = &mut self.root;
        for c in word.chars() {
            cur = cur.kids.entry(c).or_insert_with(|| Box::new(Node::new()));
        }
        cur.end = true;
    }

    fn search(&self, word: String) -> bool {
        self.root.find(word)
    }
}
