/// Free slots per car type (index 0 = big, 1 = medium, 2 = small).
struct ParkingSystem {
    free: [i32; 3],
}

impl ParkingSystem {
    fn new(big: i32, medium: i32, small: i32) -> Self {
        ParkingSystem { free: [big, medium, small] }
    }

    fn add_car(&mut self, car_type: i32) -> bool {
        let slot = &mut self.free[car_type as usize - 1];
        if *slot == 0 {
            return false;
        }
        *slot -= 1;
        true
    }
}
