// Off by one: after running dry on the way out of station i it restarts AT i
// (whose own balance is what emptied the tank) instead of at i + 1.
impl Solution {
    pub fn can_complete_circuit(gas: Vec<i32>, cost: Vec<i32>) -> i32 {
        let (mut total, mut tank, mut start) = (0i64, 0i64, 0usize);
        for i in 0..gas.len() {
            let d = (gas[i] - cost[i]) as i64;
            total += d;
            tank += d;
            if tank < 0 {
                tank = 0;
                start = i;
            }
        }
        if total < 0 { -1 } else { start as i32 }
    }
}
