// Values shifted into 1..=20001 and a Fenwick tree of prefix maxima: the best
// length ending at x is 1 + max over values < x.
impl Solution {
    pub fn length_of_lis(nums: Vec<i32>) -> i32 {
        const SIZE: usize = 20_002;
        let mut tree = vec![0i32; SIZE + 1];
        let mut best = 0;
        for x in nums {
            let v = (x + 10_001) as usize; // 1..=20001
            let mut i = v - 1;
            let mut below = 0;
            while i > 0 {
                below = below.max(tree[i]);
                i &= i - 1;
            }
            let len = below + 1;
            best = best.max(len);
            let mut i = v;
            while i <= SIZE {
                tree[i] = tree[i].max(len);
                i += i & i.wrapping_neg();
            }
        }
        best
    }
}
