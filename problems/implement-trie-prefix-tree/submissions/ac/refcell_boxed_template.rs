// Pasted with LeetCode's whole template, keeping `&self`: the root node sits
// in a RefCell; children are [Option<Box<Node>>; 26].
use std::cell::RefCell;

#[derive(Default)]
struct Node {
    children: [Option<Box<Node>>; 26],
    is_end: bool,
}

struct Trie {
    root: RefCell<Node>,
}


/** 
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl Trie {

    fn new() -> Self {
        Trie { root: RefCell::new(Node::default()) }
    }
    
    fn insert(&self, word: String) {
        let mut root = self.root.borrow_mut();
        let mut node = &mut *root;
        for b in word.bytes() {
            node = node.children[(b - b'a') as usize].get_or_insert_with(Default::default);
        }
        node.is_end = true;
    }
    
    fn search(&self, word: String) -> bool {
        self.find(&word).unwrap_or(false)
    }
    
    fn starts_with(&self, prefix: String) -> bool {
        self.find(&prefix).is_some()
    }

    /// Some(is_end) of the node spelled by `s`, None when the path is missing.
    fn find(&self, s: &str) -> Option<bool> {
        let root = self.root.borrow();
        let mut node = &*root;
        for b in s.bytes() {
            node = node.children[(b - b'a') as usize].as_deref()?;
        }
        Some(node.is_end)
    }
}

/**
 * Your Trie object will be instantiated and called as such:
 * let obj = Trie::new();
 * obj.insert(word);
 * let ret_2: bool = obj.search(word);
 * let ret_3: bool = obj.starts_with(prefix);
 */
