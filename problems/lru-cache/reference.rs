/// Keys are small (0..=10^4), so the doubly linked list lives in arrays
/// indexed by key: `prev`/`next` link the cached keys from most to least
/// recently used, with the sentinel `HEAD` closing the ring.
const HEAD: usize = 10_001;

struct LRUCache {
    capacity: usize,
    len: usize,
    value: Vec<i32>,
    present: Vec<bool>,
    prev: Vec<usize>,
    next: Vec<usize>,
}

impl LRUCache {
    fn new(capacity: i32) -> Self {
        let mut prev = vec![0; HEAD + 1];
        let mut next = vec![0; HEAD + 1];
        prev[HEAD] = HEAD;
        next[HEAD] = HEAD;
        LRUCache { capacity: capacity as usize, len: 0, value: vec![0; HEAD + 1], present: vec![false; HEAD + 1], prev, next }
    }

    fn unlink(&mut self, k: usize) {
        let (p, n) = (self.prev[k], self.next[k]);
        self.next[p] = n;
        self.prev[n] = p;
    }

    fn push_front(&mut self, k: usize) {
        let first = self.next[HEAD];
        self.next[k] = first;
        self.prev[k] = HEAD;
        self.prev[first] = k;
        self.next[HEAD] = k;
    }

    fn get(&mut self, key: i32) -> i32 {
        let k = key as usize;
        if !self.present[k] {
            return -1;
        }
        self.unlink(k);
        self.push_front(k);
        self.value[k]
    }

    fn put(&mut self, key: i32, value: i32) {
        let k = key as usize;
        if self.present[k] {
            self.unlink(k);
        } else {
            if self.len == self.capacity {
                let oldest = self.prev[HEAD];
                self.unlink(oldest);
                self.present[oldest] = false;
                self.len -= 1;
            }
            self.present[k] = true;
            self.len += 1;
        }
        self.value[k] = value;
        self.push_front(k);
    }
}
