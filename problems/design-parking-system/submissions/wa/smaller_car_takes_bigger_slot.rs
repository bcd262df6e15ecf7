// Lets a car park in a bigger slot when its own kind is full (a "helpful"
// rule the problem does not have): small cars take medium and big slots.
struct ParkingSystem {
    free: [i32; 3],
}

impl ParkingSystem {
    fn new(big: i32, medium: i32, small: i32) -> Self {
        ParkingSystem { free: [big, medium, small] }
    }

    fn add_car(&mut self, car_type: i32) -> bool {
        let mut i = car_type as usize - 1;
        loop {
            if self.free[i] > 0 {
                self.free[i] -= 1;
                return true;
            }
            if i == 0 {
                return false;
            }
            i -= 1;
        }
    }
}
