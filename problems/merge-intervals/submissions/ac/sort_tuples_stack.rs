// Sorts by start (then end) with a comparator and merges on an explicit stack of
// [start, end] pairs, built as tuples and converted at the end.
impl Solution {
    pub fn merge(intervals: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        let mut v: Vec<(i32, i32)> = intervals.iter().map(|x| (x[0], x[1])).collect();
        v.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
        let mut stack: Vec<(i32, i32)> = Vec::new();
        for (s, e) in v {
            if let Some(top) = stack.last_mut() {
                if s <= top.1 {
                    if e > top.1 {
                        top.1 = e;
                    }
                    continue;
                }
            }
            stack.push((s, e));
        }
        stack.into_iter().map(|(s, e)| vec![s, e]).collect()
    }
}
