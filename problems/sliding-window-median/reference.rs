use std::collections::BTreeSet;

impl Solution {
    pub fn median_sliding_window(nums: Vec<i32>, k: i32) -> Vec<f64> {
        // Two ordered sets of (value, index): `low` holds the smaller ceil(k/2) values
        // of the window, `high` the rest; the index keeps equal values apart.
        let k = k as usize;
        let mut low: BTreeSet<(i32, usize)> = BTreeSet::new();
        let mut high: BTreeSet<(i32, usize)> = BTreeSet::new();
        let mut out = Vec::with_capacity(nums.len() + 1 - k);
        for i in 0..nums.len() {
            let item = (nums[i], i);
            if low.last().is_some_and(|&top| item < top) {
                low.insert(item);
            } else {
                high.insert(item);
            }
            if i >= k {
                let old = (nums[i - k], i - k);
                if !low.remove(&old) {
                    high.remove(&old);
                }
            }
            // Rebalance: low gets ceil(size / 2) items.
            let size = low.len() + high.len();
            while low.len() < size.div_ceil(2) {
                let x = high.pop_first().unwrap();
                low.insert(x);
            }
            while low.len() > size.div_ceil(2) {
                let x = low.pop_last().unwrap();
                high.insert(x);
            }
            if i + 1 >= k {
                let a = f64::from(low.last().unwrap().0);
                out.push(if k % 2 == 1 { a } else { (a + f64::from(high.first().unwrap().0)) / 2.0 });
            }
        }
        out
    }
}
