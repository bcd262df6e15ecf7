// Trie whose children live in a HashMap<char, Node>; '.' tries every child.
use std::collections::HashMap;

#[derive(Default)]
struct Node {
    children: HashMap<char, Node>,
    is_word: bool,
}

#[derive(Default)]
struct WordDictionary {
    root: Node,
}

impl WordDictionary {
    fn new() -> Self {
        Self::default()
    }

    fn add_word(&mut self, word: String) {
        let mut node = &mut self.root;
        for c in word.chars() {
            node = node.children.entry(c).or_default();
        }
        node.is_word = true;
    }

    fn search(&self, word: String) -> bool {
        let chars: Vec<char> = word.chars().collect();
        Self::dfs(&self.root, &chars)
    }

    fn dfs(node: &Node, word: &[char]) -> bool {
        match word.first() {
            None => node.is_word,
            Some('.') => node.children.values().any(|child| Self::dfs(child, &word[1..])),
            Some(c) => node.children.get(c).is_some_and(|child| Self::dfs(child, &word[1..])),
        }
    }
}
