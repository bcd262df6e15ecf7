// The recurrence written as plain recursion, no memo: exponential,
// about 3.7 * 10^9 calls for n = 45.
impl Solution {
    pub fn climb_stairs(n: i32) -> i32 {
        if n <= 2 {
            return n;
        }
        Self::climb_stairs(n - 1) + Self::climb_stairs(n - 2)
    }
}
