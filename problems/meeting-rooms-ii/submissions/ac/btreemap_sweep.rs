// Sweep over a BTreeMap of time -> change in running meetings; ends and
// starts at the same time are netted out, so touching meetings share a room.
use std::collections::BTreeMap;

impl Solution {
    pub fn min_meeting_rooms(intervals: Vec<Vec<i32>>) -> i32 {
        let mut delta: BTreeMap<i32, i32> = BTreeMap::new();
        for iv in intervals {
            *delta.entry(iv[0]).or_insert(0) += 1;
            *delta.entry(iv[1]).or_insert(0) -= 1;
        }
        let (mut cur, mut ans) = (0, 0);
        for (_, d) in delta {
            cur += d;
            ans = ans.max(cur);
        }
        ans
    }
}
