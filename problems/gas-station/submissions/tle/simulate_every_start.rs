// Drives the whole circuit from every station until the tank runs dry:
// correct, but O(n^2) when most starts fail late (5 * 10^9 steps at n = 10^5).
impl Solution {
    pub fn can_complete_circuit(gas: Vec<i32>, cost: Vec<i32>) -> i32 {
        let n = gas.len();
        for s in 0..n {
            let mut tank = 0i64;
            let mut ok = true;
            for k in 0..n {
                let i = (s + k) % n;
                tank += (gas[i] - cost[i]) as i64;
                if tank < 0 {
                    ok = false;
                    break;
                }
            }
            if ok {
                return s as i32;
            }
        }
        -1
    }
}
