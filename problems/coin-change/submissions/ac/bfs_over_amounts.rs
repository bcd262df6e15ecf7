// Breadth-first search from 0: the first level at which `amount` is reached is
// the fewest coins. Uses i64 for the sums so a coin of 2^31 - 1 cannot wrap.
use std::collections::VecDeque;

impl Solution {
    pub fn coin_change(coins: Vec<i32>, amount: i32) -> i32 {
        if amount == 0 {
            return 0;
        }
        let target = amount as i64;
        let mut seen = vec![false; amount as usize + 1];
        let mut queue = VecDeque::new();
        queue.push_back((0i64, 0i32));
        seen[0] = true;
        while let Some((sum, used)) = queue.pop_front() {
            for &c in &coins {
                let next = sum + c as i64;
                if next == target {
                    return used + 1;
                }
                if next < target && !seen[next as usize] {
                    seen[next as usize] = true;
                    queue.push_back((next, used + 1));
                }
            }
        }
        -1
    }
}
