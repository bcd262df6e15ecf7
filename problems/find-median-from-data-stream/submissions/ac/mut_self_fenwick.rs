// Counts per value in a Fenwick tree over the value range [-10^5, 10^5]
// (`&mut self`); the median is one or two order statistics, each found by a
// binary descent in O(log V).
struct MedianFinder {
    tree: Vec<i32>,
    count: i32,
}

const OFFSET: i32 = 100_000;
const SIZE: usize = 200_001;

impl MedianFinder {
    fn new() -> Self {
        MedianFinder { tree: vec![0; SIZE + 1], count: 0 }
    }

    fn add_num(&mut self, num: i32) {
        let mut i = (num + OFFSET) as usize + 1;
        while i <= SIZE {
            self.tree[i] += 1;
            i += i & i.wrapping_neg();
        }
        self.count += 1;
    }

    /// The k-th smallest value added so far (1-based).
    fn kth(&self, mut k: i32) -> i32 {
        let mut pos = 0usize;
        let mut step = 1usize << 17;
        while step > 0 {
            if pos + step <= SIZE && self.tree[pos + step] < k {
                pos += step;
                k -= self.tree[pos];
            }
            step >>= 1;
        }
        pos as i32 - OFFSET // pos + 1 is the 1-based slot of the answer
    }

    fn find_median(&mut self) -> f64 {
        let n = self.count;
        if n % 2 == 1 {
            self.kth(n / 2 + 1) as f64
        } else {
            (self.kth(n / 2) as f64 + self.kth(n / 2 + 1) as f64) / 2.0
        }
    }
}
