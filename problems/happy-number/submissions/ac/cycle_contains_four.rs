// Uses the known fact that every unhappy number falls into the cycle
// 4 -> 16 -> 37 -> 58 -> 89 -> 145 -> 42 -> 20 -> 4: stop at 1 or at 4.
impl Solution {
    pub fn is_happy(n: i32) -> bool {
        let mut n = n;
        while n != 1 && n != 4 {
            let mut s = 0;
            while n > 0 {
                s += (n % 10) * (n % 10);
                n /= 10;
            }
            n = s;
        }
        n == 1
    }
}
