impl Solution {
    pub fn length_of_lis(nums: Vec<i32>) -> i32 {
        // tails[k] = smallest possible last value of an increasing subsequence
        // of length k + 1 seen so far; it stays strictly increasing.
        let mut tails: Vec<i32> = Vec::with_capacity(nums.len());
        for x in nums {
            // First tail >= x: x replaces it (equal values must not extend).
            let pos = tails.partition_point(|&t| t < x);
            if pos == tails.len() {
                tails.push(x);
            } else {
                tails[pos] = x;
            }
        }
        tails.len() as i32
    }
}
