// Stores the numbers as they come and sorts a copy on every findMedian:
// O(n log n) per query, far too slow when queries and additions alternate.
struct MedianFinder {
    nums: Vec<i32>,
}

impl MedianFinder {
    fn new() -> Self {
        MedianFinder { nums: Vec::new() }
    }

    fn add_num(&mut self, num: i32) {
        self.nums.push(num);
    }

    fn find_median(&self) -> f64 {
        let mut sorted = self.nums.clone();
        sorted.sort();
        let n = sorted.len();
        if n % 2 == 1 {
            sorted[n / 2] as f64
        } else {
            (sorted[n / 2 - 1] as f64 + sorted[n / 2] as f64) / 2.0
        }
    }
}
