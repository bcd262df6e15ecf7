// The restart greedy without the final check that total gas covers total cost:
// when no circuit exists it still returns the last restart point.
impl Solution {
    pub fn can_complete_circuit(gas: Vec<i32>, cost: Vec<i32>) -> i32 {
        let (mut tank, mut start) = (0i64, 0usize);
        for i in 0..gas.len() {
            tank += (gas[i] - cost[i]) as i64;
            if tank < 0 {
                tank = 0;
                start = i + 1;
            }
        }
        if start >= gas.len() { -1 } else { start as i32 }
    }
}
