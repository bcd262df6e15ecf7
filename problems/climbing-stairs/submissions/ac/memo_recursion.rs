// Top-down recursion with a memo table: each height is solved once.
impl Solution {
    pub fn climb_stairs(n: i32) -> i32 {
        fn ways(k: usize, memo: &mut Vec<i32>) -> i32 {
            if k <= 1 {
                return 1;
            }
            if memo[k] != 0 {
                return memo[k];
            }
            let r = ways(k - 1, memo) + ways(k - 2, memo);
            memo[k] = r;
            r
        }
        let n = n as usize;
        let mut memo = vec![0; n + 1];
        ways(n, &mut memo)
    }
}
