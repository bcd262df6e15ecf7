// Keeps LeetCode's `&self` (RefCell inside); a route is keyed by the string
// "start,end" (station names have no commas) and sums are kept in f64.
use std::cell::RefCell;
use std::collections::HashMap;

struct UndergroundSystem {
    checked_in: RefCell<HashMap<i32, (String, i32)>>,
    trips: RefCell<HashMap<String, (f64, u32)>>,
}

/**
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl UndergroundSystem {
    fn new() -> Self {
        UndergroundSystem { checked_in: RefCell::new(HashMap::new()), trips: RefCell::new(HashMap::new()) }
    }

    fn check_in(&self, id: i32, station_name: String, t: i32) {
        self.checked_in.borrow_mut().insert(id, (station_name, t));
    }

    fn check_out(&self, id: i32, station_name: String, t: i32) {
        let (from, t0) = self.checked_in.borrow_mut().remove(&id).unwrap();
        let key = format!("{from},{station_name}");
        let mut trips = self.trips.borrow_mut();
        let e = trips.entry(key).or_insert((0.0, 0));
        e.0 += (t - t0) as f64;
        e.1 += 1;
    }

    fn get_average_time(&self, start_station: String, end_station: String) -> f64 {
        let trips = self.trips.borrow();
        let (sum, n) = trips[&format!("{start_station},{end_station}")];
        sum / n as f64
    }
}
