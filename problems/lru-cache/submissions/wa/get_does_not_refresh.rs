// get returns the value but does not mark the key as recently used: the
// cache evicts in insertion (FIFO) order instead of LRU order.
use std::collections::{HashMap, VecDeque};

struct LRUCache {
    cap: usize,
    map: HashMap<i32, i32>,
    order: VecDeque<i32>, // back = most recent
}

impl LRUCache {
    fn new(capacity: i32) -> Self {
        LRUCache { cap: capacity as usize, map: HashMap::new(), order: VecDeque::new() }
    }

    fn get(&mut self, key: i32) -> i32 {
        *self.map.get(&key).unwrap_or(&-1)
    }

    fn put(&mut self, key: i32, value: i32) {
        if self.map.contains_key(&key) {
            self.map.insert(key, value);
            if let Some(p) = self.order.iter().position(|&k| k == key) {
                self.order.remove(p);
            }
            self.order.push_back(key);
            return;
        }
        if self.map.len() == self.cap {
            let victim = self.order.pop_front().unwrap();
            self.map.remove(&victim);
        }
        self.map.insert(key, value);
        self.order.push_back(key);
    }
}
