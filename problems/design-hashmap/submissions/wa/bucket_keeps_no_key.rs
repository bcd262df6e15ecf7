// An "open addressing" table that forgets to store the key: each of the 1000
// buckets keeps only a value, so keys equal modulo 1000 overwrite each other
// and a get of a never-stored key can return another key's value.
struct MyHashMap {
    table: Vec<i32>,
}

impl MyHashMap {
    fn new() -> Self {
        MyHashMap { table: vec![-1; 1000] }
    }

    fn put(&mut self, key: i32, value: i32) {
        self.table[key as usize % 1000] = value;
    }

    fn get(&self, key: i32) -> i32 {
        self.table[key as usize % 1000]
    }

    fn remove(&mut self, key: i32) {
        self.table[key as usize % 1000] = -1;
    }
}
