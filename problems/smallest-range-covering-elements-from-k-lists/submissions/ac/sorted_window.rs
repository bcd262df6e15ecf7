// Merges every (value, list) pair into one sorted array, then slides a window that
// covers all lists (counting elements per list), shrinking from the left.
impl Solution {
    pub fn smallest_range(nums: Vec<Vec<i32>>) -> Vec<i32> {
        let k = nums.len();
        let mut all: Vec<(i32, usize)> = Vec::new();
        for (i, list) in nums.iter().enumerate() {
            for &v in list {
                all.push((v, i));
            }
        }
        all.sort_unstable();
        let mut count = vec![0usize; k];
        let mut covered = 0;
        let mut best: Option<(i32, i32)> = None;
        let mut left = 0;
        for right in 0..all.len() {
            let i = all[right].1;
            if count[i] == 0 {
                covered += 1;
            }
            count[i] += 1;
            while covered == k {
                let (a, b) = (all[left].0, all[right].0);
                let better = match best {
                    None => true,
                    Some((c, d)) => b - a < d - c || (b - a == d - c && a < c),
                };
                if better {
                    best = Some((a, b));
                }
                let j = all[left].1;
                count[j] -= 1;
                if count[j] == 0 {
                    covered -= 1;
                }
                left += 1;
            }
        }
        let (a, b) = best.unwrap();
        vec![a, b]
    }
}
