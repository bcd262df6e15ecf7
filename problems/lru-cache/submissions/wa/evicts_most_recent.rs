// Evicts the most recently used key instead of the least recently used one
// when the cache is full (pops the wrong end of the recency list).
use std::collections::{HashMap, VecDeque};

struct LRUCache {
    cap: usize,
    map: HashMap<i32, i32>,
    order: VecDeque<i32>, // front = most recent
}

impl LRUCache {
    fn new(capacity: i32) -> Self {
        LRUCache { cap: capacity as usize, map: HashMap::new(), order: VecDeque::new() }
    }

    fn touch(&mut self, key: i32) {
        if let Some(p) = self.order.iter().position(|&k| k == key) {
            self.order.remove(p);
        }
        self.order.push_front(key);
    }

    fn get(&mut self, key: i32) -> i32 {
        match self.map.get(&key).copied() {
            None => -1,
            Some(v) => {
                self.touch(key);
                v
            }
        }
    }

    fn put(&mut self, key: i32, value: i32) {
        if !self.map.contains_key(&key) && self.map.len() == self.cap {
            let victim = self.order.pop_front().unwrap();
            self.map.remove(&victim);
        }
        self.map.insert(key, value);
        self.touch(key);
    }
}
