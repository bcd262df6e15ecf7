// Keeps LeetCode's `&self`: the numbers in a RefCell<Vec>, sorted lazily when
// a find follows adds, then two pointers from both ends with i64 sums.
use std::cell::{Cell, RefCell};

struct TwoSum {
    nums: RefCell<Vec<i32>>,
    sorted: Cell<bool>,
}

/**
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl TwoSum {
    fn new() -> Self {
        TwoSum { nums: RefCell::new(Vec::new()), sorted: Cell::new(true) }
    }

    fn add(&self, number: i32) {
        self.nums.borrow_mut().push(number);
        self.sorted.set(false);
    }

    fn find(&self, value: i32) -> bool {
        if !self.sorted.get() {
            self.nums.borrow_mut().sort_unstable();
            self.sorted.set(true);
        }
        let nums = self.nums.borrow();
        if nums.len() < 2 {
            return false;
        }
        let (mut i, mut j) = (0, nums.len() - 1);
        while i < j {
            let s = nums[i] as i64 + nums[j] as i64;
            if s == value as i64 {
                return true;
            }
            if s < value as i64 {
                i += 1;
            } else {
                j -= 1;
            }
        }
        false
    }
}
