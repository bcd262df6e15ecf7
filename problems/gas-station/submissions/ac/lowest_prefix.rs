// The answer starts right after the point where the running balance
// gas - cost (from station 0) is lowest: from there it never dips below zero.
impl Solution {
    pub fn can_complete_circuit(gas: Vec<i32>, cost: Vec<i32>) -> i32 {
        let n = gas.len();
        let (mut sum, mut low, mut at) = (0i64, 0i64, 0usize);
        for i in 0..n {
            sum += (gas[i] - cost[i]) as i64;
            if sum < low {
                low = sum;
                at = i + 1;
            }
        }
        if sum < 0 { -1 } else { (at % n) as i32 }
    }
}
