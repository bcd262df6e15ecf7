// Tries every pair of added numbers on each find: O(n^2) per query, with
// thousands of numbers and thousands of failing queries.
struct TwoSum {
    nums: Vec<i64>,
}

impl TwoSum {
    fn new() -> Self {
        TwoSum { nums: Vec::new() }
    }

    fn add(&mut self, number: i32) {
        self.nums.push(number as i64);
    }

    fn find(&self, value: i32) -> bool {
        let v = value as i64;
        for i in 0..self.nums.len() {
            for j in i + 1..self.nums.len() {
                if self.nums[i] + self.nums[j] == v {
                    return true;
                }
            }
        }
        false
    }
}
