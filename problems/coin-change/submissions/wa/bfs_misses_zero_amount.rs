// BFS that only checks sums it reaches by adding a coin, so amount 0 (paid
// with no coins) is reported impossible.
use std::collections::VecDeque;

impl Solution {
    pub fn coin_change(coins: Vec<i32>, amount: i32) -> i32 {
        let target = amount as i64;
        let mut seen = vec![false; amount as usize + 1];
        let mut queue = VecDeque::from([(0i64, 0)]);
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
