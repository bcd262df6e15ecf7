// A different bookkeeping: each key carries the time of its last use, and a
// BTreeMap from time to key finds the least recently used one. O(log n) per
// call, `&mut self` methods.
use std::collections::{BTreeMap, HashMap};

struct LRUCache {
    cap: usize,
    clock: u64,
    entries: HashMap<i32, (i32, u64)>,
    by_time: BTreeMap<u64, i32>,
}

impl LRUCache {
    fn new(capacity: i32) -> Self {
        LRUCache { cap: capacity as usize, clock: 0, entries: HashMap::new(), by_time: BTreeMap::new() }
    }

    fn touch(&mut self, key: i32) {
        self.clock += 1;
        let e = self.entries.get_mut(&key).unwrap();
        self.by_time.remove(&e.1);
        e.1 = self.clock;
        self.by_time.insert(self.clock, key);
    }

    fn get(&mut self, key: i32) -> i32 {
        if !self.entries.contains_key(&key) {
            return -1;
        }
        self.touch(key);
        self.entries[&key].0
    }

    fn put(&mut self, key: i32, value: i32) {
        if let Some(e) = self.entries.get_mut(&key) {
            e.0 = value;
            self.touch(key);
            return;
        }
        if self.entries.len() == self.cap {
            let (&t, &old) = self.by_time.iter().next().unwrap();
            self.by_time.remove(&t);
            self.entries.remove(&old);
        }
        self.clock += 1;
        self.entries.insert(key, (value, self.clock));
        self.by_time.insert(self.clock, key);
    }
}
