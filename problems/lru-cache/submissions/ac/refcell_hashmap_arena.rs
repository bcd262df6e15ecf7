// HashMap from key to a slot in an arena of nodes forming a doubly linked
// list, all behind RefCell so LeetCode's `&self` signatures stay as they are.
use std::cell::RefCell;
use std::collections::HashMap;

struct Node {
    key: i32,
    value: i32,
    prev: usize,
    next: usize,
}

struct Inner {
    cap: usize,
    map: HashMap<i32, usize>,
    nodes: Vec<Node>, // nodes[0] is the sentinel
}

struct LRUCache {
    inner: RefCell<Inner>,
}

impl Inner {
    fn detach(&mut self, i: usize) {
        let (p, n) = (self.nodes[i].prev, self.nodes[i].next);
        self.nodes[p].next = n;
        self.nodes[n].prev = p;
    }
    fn attach_front(&mut self, i: usize) {
        let first = self.nodes[0].next;
        self.nodes[i].prev = 0;
        self.nodes[i].next = first;
        self.nodes[first].prev = i;
        self.nodes[0].next = i;
    }
}

/**
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl LRUCache {
    fn new(capacity: i32) -> Self {
        let sentinel = Node { key: -1, value: -1, prev: 0, next: 0 };
        LRUCache {
            inner: RefCell::new(Inner { cap: capacity as usize, map: HashMap::new(), nodes: vec![sentinel] }),
        }
    }

    fn get(&self, key: i32) -> i32 {
        let mut s = self.inner.borrow_mut();
        match s.map.get(&key).copied() {
            None => -1,
            Some(i) => {
                s.detach(i);
                s.attach_front(i);
                s.nodes[i].value
            }
        }
    }

    fn put(&self, key: i32, value: i32) {
        let mut s = self.inner.borrow_mut();
        if let Some(i) = s.map.get(&key).copied() {
            s.nodes[i].value = value;
            s.detach(i);
            s.attach_front(i);
            return;
        }
        let i = if s.map.len() == s.cap {
            // Reuse the least recently used node.
            let last = s.nodes[0].prev;
            s.detach(last);
            let old = s.nodes[last].key;
            s.map.remove(&old);
            s.nodes[last].key = key;
            s.nodes[last].value = value;
            last
        } else {
            s.nodes.push(Node { key, value, prev: 0, next: 0 });
            s.nodes.len() - 1
        };
        s.map.insert(key, i);
        s.attach_front(i);
    }
}
