/// Separate chaining: 1024 buckets of (key, value) pairs, the bucket chosen by
/// a multiplicative hash so that keys with equal low digits still spread out.
const BUCKETS: usize = 1 << 10;

struct MyHashMap {
    buckets: Vec<Vec<(i32, i32)>>,
}

impl MyHashMap {
    fn new() -> Self {
        MyHashMap { buckets: vec![Vec::new(); BUCKETS] }
    }

    fn slot(key: i32) -> usize {
        ((key as u32).wrapping_mul(2_654_435_769) >> 22) as usize
    }

    fn put(&mut self, key: i32, value: i32) {
        let bucket = &mut self.buckets[Self::slot(key)];
        match bucket.iter_mut().find(|e| e.0 == key) {
            Some(e) => e.1 = value,
            None => bucket.push((key, value)),
        }
    }

    fn get(&self, key: i32) -> i32 {
        self.buckets[Self::slot(key)].iter().find(|e| e.0 == key).map_or(-1, |e| e.1)
    }

    fn remove(&mut self, key: i32) {
        let bucket = &mut self.buckets[Self::slot(key)];
        if let Some(p) = bucket.iter().position(|e| e.0 == key) {
            bucket.swap_remove(p);
        }
    }
}
