// Keeps the numbers in a sorted Vec: binary search for the slot, then
// Vec::insert. O(n) per addNum (a memmove), O(1) per findMedian. Quadratic in
// theory, but the memmove is so fast that at 5 * 10^4 calls it stays well
// within the limit, as it does on LeetCode; the limit is set to accept it.
struct MedianFinder {
    sorted: Vec<i32>,
}

impl MedianFinder {
    fn new() -> Self {
        MedianFinder { sorted: Vec::new() }
    }

    fn add_num(&mut self, num: i32) {
        let at = self.sorted.partition_point(|&x| x < num);
        self.sorted.insert(at, num);
    }

    fn find_median(&self) -> f64 {
        let n = self.sorted.len();
        if n % 2 == 1 {
            self.sorted[n / 2] as f64
        } else {
            (self.sorted[n / 2 - 1] as f64 + self.sorted[n / 2] as f64) / 2.0
        }
    }
}
