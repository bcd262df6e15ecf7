impl Solution {
    pub fn top_k_frequent(nums: Vec<i32>, k: i32) -> Vec<i32> {
        // Values lie in [-10^4, 10^4]: count them in an array.
        const OFFSET: i32 = 10_000;
        let mut count = vec![0usize; 20_001];
        for &x in &nums {
            count[(x + OFFSET) as usize] += 1;
        }
        // Bucket sort by frequency: buckets[f] holds the values seen exactly f times.
        let mut buckets: Vec<Vec<i32>> = vec![Vec::new(); nums.len() + 1];
        for (i, &f) in count.iter().enumerate() {
            if f > 0 {
                buckets[f].push(i as i32 - OFFSET);
            }
        }
        let k = k as usize;
        let mut out = Vec::with_capacity(k);
        for bucket in buckets.iter().rev() {
            for &x in bucket {
                if out.len() == k {
                    return out;
                }
                out.push(x);
            }
        }
        out
    }
}
