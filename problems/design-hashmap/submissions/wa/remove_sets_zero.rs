// A direct array where remove writes 0 instead of the "absent" marker: a get
// after remove returns 0 instead of -1.
struct MyHashMap {
    slots: Vec<i32>,
}

impl MyHashMap {
    fn new() -> Self {
        MyHashMap { slots: vec![-1; 1_000_001] }
    }

    fn put(&mut self, key: i32, value: i32) {
        self.slots[key as usize] = value;
    }

    fn get(&self, key: i32) -> i32 {
        self.slots[key as usize]
    }

    fn remove(&mut self, key: i32) {
        self.slots[key as usize] = 0;
    }
}
