// No backtracking: a dot follows the first child that exists and never tries
// the others, so ".y" misses "by" when "ax" was added too.
struct Node {
    next: [Option<Box<Node>>; 26],
    word: bool,
}

impl Node {
    fn new() -> Self {
        Node { next: Default::default(), word: false }
    }
}

struct WordDictionary {
    root: Node,
}

impl WordDictionary {
    fn new() -> Self {
        WordDictionary { root: Node::new() }
    }

    fn add_word(&mut self, word: String) {
        let mut cur = &mut self.root;
        for b in word.bytes() {
            cur = cur.next[(b - b'a') as usize].get_or_insert_with(|| Box::new(Node::new()));
        }
        cur.word = true;
    }

    fn search(&self, word: String) -> bool {
        let mut cur = &self.root;
        for b in word.bytes() {
            let next = if b == b'.' {
                cur.next.iter().flatten().next()
            } else {
                cur.next[(b - b'a') as usize].as_ref()
            };
            match next {
                Some(n) => cur = n,
                None => return false,
            }
        }
        cur.word
    }
}
