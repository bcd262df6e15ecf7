impl Solution {
    pub fn can_complete_circuit(gas: Vec<i32>, cost: Vec<i32>) -> i32 {
        // If the tank runs dry on the way from `start` to i + 1, no station in
        // start..=i can be the answer: restart after i. A circuit exists
        // exactly when the total gas covers the total cost.
        let (mut total, mut tank, mut start) = (0i64, 0i64, 0usize);
        for i in 0..gas.len() {
            let d = (gas[i] - cost[i]) as i64;
            total += d;
            tank += d;
            if tank < 0 {
                tank = 0;
                start = i + 1;
            }
        }
        if total < 0 { -1 } else { start as i32 }
    }
}
