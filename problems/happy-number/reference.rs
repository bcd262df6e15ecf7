impl Solution {
    pub fn is_happy(n: i32) -> bool {
        fn next(mut v: i32) -> i32 {
            let mut sum = 0;
            while v > 0 {
                let d = v % 10;
                sum += d * d;
                v /= 10;
            }
            sum
        }
        // Floyd: the sequence either reaches 1 (which maps to itself) or
        // enters a cycle; the fast walker meets the slow one in both cases.
        let (mut slow, mut fast) = (n, next(n));
        while fast != 1 && slow != fast {
            slow = next(slow);
            fast = next(next(fast));
        }
        fast == 1
    }
}
