// Two heaps (max-heap of the lower half, min-heap of the upper half) with lazy deletion:
// leaving values are recorded in a hash map and discarded when they reach a top.
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

impl Solution {
    pub fn median_sliding_window(nums: Vec<i32>, k: i32) -> Vec<f64> {
        let k = k as usize;
        let mut lo: BinaryHeap<i32> = BinaryHeap::new();
        let mut hi: BinaryHeap<Reverse<i32>> = BinaryHeap::new();
        let mut gone: HashMap<i32, usize> = HashMap::new();
        // Sizes of the halves counting only live values.
        let (mut lo_n, mut hi_n) = (0usize, 0usize);
        fn clean_lo(lo: &mut BinaryHeap<i32>, gone: &mut HashMap<i32, usize>) {
            while let Some(&x) = lo.peek() {
                match gone.get_mut(&x) {
                    Some(c) if *c > 0 => {
                        *c -= 1;
                        lo.pop();
                    }
                    _ => break,
                }
            }
        }
        fn clean_hi(hi: &mut BinaryHeap<Reverse<i32>>, gone: &mut HashMap<i32, usize>) {
            while let Some(&Reverse(x)) = hi.peek() {
                match gone.get_mut(&x) {
                    Some(c) if *c > 0 => {
                        *c -= 1;
                        hi.pop();
                    }
                    _ => break,
                }
            }
        }
        let mut out = Vec::new();
        for i in 0..nums.len() {
            let x = nums[i];
            if lo.peek().is_none_or(|&t| x <= t) {
                lo.push(x);
                lo_n += 1;
            } else {
                hi.push(Reverse(x));
                hi_n += 1;
            }
            if i >= k {
                let y = nums[i - k];
                *gone.entry(y).or_insert(0) += 1;
                // lo's top is live here (cleaned after every step).
                if y <= *lo.peek().unwrap() {
                    lo_n -= 1;
                } else {
                    hi_n -= 1;
                }
                clean_lo(&mut lo, &mut gone);
                clean_hi(&mut hi, &mut gone);
            }
            // Rebalance so that lo_n == hi_n or lo_n == hi_n + 1.
            while lo_n > hi_n + 1 {
                let t = lo.pop().unwrap();
                hi.push(Reverse(t));
                lo_n -= 1;
                hi_n += 1;
                clean_lo(&mut lo, &mut gone);
            }
            while hi_n > lo_n {
                let Reverse(t) = hi.pop().unwrap();
                lo.push(t);
                hi_n -= 1;
                lo_n += 1;
                clean_hi(&mut hi, &mut gone);
            }
            if i + 1 >= k {
                let a = *lo.peek().unwrap() as f64;
                out.push(if k % 2 == 1 { a } else { (a + hi.peek().unwrap().0 as f64) / 2.0 });
            }
        }
        out
    }
}
