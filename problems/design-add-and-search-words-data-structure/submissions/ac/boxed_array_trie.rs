// Classic trie with [Option<Box<TrieNode>>; 26] children, recursive search.
struct TrieNode {
    children: [Option<Box<TrieNode>>; 26],
    end: bool,
}

impl TrieNode {
    fn new() -> Self {
        TrieNode { children: Default::default(), end: false }
    }
}

struct WordDictionary {
    root: TrieNode,
}

impl WordDictionary {
    fn new() -> Self {
        WordDictionary { root: TrieNode::new() }
    }

    fn add_word(&mut self, word: String) {
        let mut cur = &mut self.root;
        for b in word.bytes() {
            cur = cur.children[(b - b'a') as usize].get_or_insert_with(|| Box::new(TrieNode::new()));
        }
        cur.end = true;
    }

    fn search(&self, word: String) -> bool {
        fn go(node: &TrieNode, w: &[u8], i: usize) -> bool {
            if i == w.len() {
                return node.end;
            }
            if w[i] == b'.' {
                for child in node.children.iter().flatten() {
                    if go(child, w, i + 1) {
                        return true;
                    }
                }
                false
            } else {
                match &node.children[(w[i] - b'a') as usize] {
                    Some(child) => go(child, w, i + 1),
                    None => false,
                }
            }
        }
        go(&self.root, word.as_bytes(), 0)
    }
}
