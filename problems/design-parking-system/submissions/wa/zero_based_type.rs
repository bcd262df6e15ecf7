// Indexes the slots with car_type directly (types are 1..=3) in an array of
// four with the counts shifted by one: medium cars use the big lot, etc.
struct ParkingSystem {
    free: [i32; 4],
}

impl ParkingSystem {
    fn new(big: i32, medium: i32, small: i32) -> Self {
        ParkingSystem { free: [big, medium, small, 0] }
    }

    fn add_car(&mut self, car_type: i32) -> bool {
        let slot = &mut self.free[car_type as usize];
        if *slot > 0 {
            *slot -= 1;
            true
        } else {
            false
        }
    }
}
