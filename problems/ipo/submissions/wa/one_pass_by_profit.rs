// Sorts by profit (largest first) and walks the list once, taking each project it can
// afford: a big project skipped early is never reconsidered after the capital grows.
impl Solution {
    pub fn find_maximized_capital(k: i32, w: i32, profits: Vec<i32>, capital: Vec<i32>) -> i32 {
        let mut order: Vec<usize> = (0..profits.len()).collect();
        order.sort_by(|&a, &b| profits[b].cmp(&profits[a]));
        let (mut w, mut taken) = (w, 0);
        for i in order {
            if taken == k {
                break;
            }
            if capital[i] <= w {
                w += profits[i];
                taken += 1;
            }
        }
        w
    }
}
