// Correct but O(k n): each round scans every unused project for the most profitable
// affordable one (10^5 rounds over 10^5 projects).
impl Solution {
    pub fn find_maximized_capital(k: i32, w: i32, profits: Vec<i32>, capital: Vec<i32>) -> i32 {
        let mut used = vec![false; profits.len()];
        let mut w = w;
        for _ in 0..k {
            let mut best: Option<usize> = None;
            for i in 0..profits.len() {
                if !used[i] && capital[i] <= w && best.is_none_or(|b| profits[i] > profits[b]) {
                    best = Some(i);
                }
            }
            match best {
                Some(i) => {
                    used[i] = true;
                    w += profits[i];
                }
                None => break,
            }
        }
        w
    }
}
