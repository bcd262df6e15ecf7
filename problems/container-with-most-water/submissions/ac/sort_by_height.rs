// Takes the walls from tallest to shortest. When wall i is the shorter one of a
// pair, its best partner is the taller wall farthest from it, i.e. the leftmost
// or the rightmost index among the walls seen so far. O(n log n).
impl Solution {
    pub fn max_area(height: Vec<i32>) -> i32 {
        let mut order: Vec<usize> = (0..height.len()).collect();
        order.sort_by(|&a, &b| height[b].cmp(&height[a]));
        let mut lo = order[0];
        let mut hi = order[0];
        let mut best: i64 = 0;
        for &i in &order[1..] {
            let h = height[i] as i64;
            let width = (i as i64 - lo as i64).abs().max((hi as i64 - i as i64).abs());
            best = best.max(h * width);
            lo = lo.min(i);
            hi = hi.max(i);
        }
        best as i32
    }
}
