// Three Cell counters (LeetCode's `&self` signature kept): used slots
// counted up and compared against each type's capacity.
use std::cell::Cell;

struct ParkingSystem {
    cap: [i32; 3],
    used: [Cell<i32>; 3],
}

/**
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl ParkingSystem {
    fn new(big: i32, medium: i32, small: i32) -> Self {
        ParkingSystem { cap: [big, medium, small], used: [Cell::new(0), Cell::new(0), Cell::new(0)] }
    }

    fn add_car(&self, car_type: i32) -> bool {
        let i = (car_type - 1) as usize;
        if self.used[i].get() < self.cap[i] {
            self.used[i].set(self.used[i].get() + 1);
            true
        } else {
            false
        }
    }
}
