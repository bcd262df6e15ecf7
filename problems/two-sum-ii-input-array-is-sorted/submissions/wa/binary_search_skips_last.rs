// Binary search for the partner whose upper bound starts at n - 2 instead of
// n - 1, so a pair using the last element is never found.
impl Solution {
    pub fn two_sum(numbers: Vec<i32>, target: i32) -> Vec<i32> {
        let n = numbers.len() as i32;
        for i in 0..n {
            let want = target - numbers[i as usize];
            let (mut lo, mut hi) = (i + 1, n - 2);
            while lo <= hi {
                let mid = lo + (hi - lo) / 2;
                let v = numbers[mid as usize];
                if v == want {
                    return vec![i + 1, mid + 1];
                } else if v < want {
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
        }
        vec![]
    }
}
