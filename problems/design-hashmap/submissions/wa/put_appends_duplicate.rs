// Chaining, but put always appends a new pair: get finds the oldest value of
// a key that was overwritten, and remove only deletes one of the copies.
struct MyHashMap {
    buckets: Vec<Vec<(i32, i32)>>,
}

impl MyHashMap {
    fn new() -> Self {
        MyHashMap { buckets: vec![Vec::new(); 1009] }
    }

    fn put(&mut self, key: i32, value: i32) {
        self.buckets[key as usize % 1009].push((key, value));
    }

    fn get(&self, key: i32) -> i32 {
        self.buckets[key as usize % 1009].iter().find(|e| e.0 == key).map_or(-1, |e| e.1)
    }

    fn remove(&mut self, key: i32) {
        let b = &mut self.buckets[key as usize % 1009];
        if let Some(p) = b.iter().position(|e| e.0 == key) {
            b.remove(p);
        }
    }
}
