// Keys are at most 10^6: one slot per possible key, -1 meaning absent, behind
// RefCell to keep LeetCode's `&self` signatures.
use std::cell::RefCell;

struct MyHashMap {
    slots: RefCell<Vec<i32>>,
}

/**
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl MyHashMap {
    fn new() -> Self {
        MyHashMap { slots: RefCell::new(vec![-1; 1_000_001]) }
    }

    fn put(&self, key: i32, value: i32) {
        self.slots.borrow_mut()[key as usize] = value;
    }

    fn get(&self, key: i32) -> i32 {
        self.slots.borrow()[key as usize]
    }

    fn remove(&self, key: i32) {
        self.slots.borrow_mut()[key as usize] = -1;
    }
}
