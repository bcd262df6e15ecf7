// Sorts (capital, profit) pairs, keeps a max-heap of affordable profits, and stops early
// once every project is affordable by taking the k - i largest remaining profits.
use std::collections::BinaryHeap;

impl Solution {
    pub fn find_maximized_capital(k: i32, mut w: i32, profits: Vec<i32>, capital: Vec<i32>) -> i32 {
        let mut projects: Vec<(i32, i32)> = capital.into_iter().zip(profits).collect();
        projects.sort();
        let mut heap = BinaryHeap::new();
        let mut it = projects.into_iter().peekable();
        let mut left = k;
        while left > 0 {
            while let Some(&(c, p)) = it.peek() {
                if c > w {
                    break;
                }
                heap.push(p);
                it.next();
            }
            if it.peek().is_none() {
                // Everything is affordable: the rest is the sum of the largest profits.
                while left > 0 {
                    match heap.pop() {
                        Some(p) => w += p,
                        None => break,
                    }
                    left -= 1;
                }
                break;
            }
            match heap.pop() {
                Some(p) => w += p,
                None => break,
            }
            left -= 1;
        }
        w
    }
}
