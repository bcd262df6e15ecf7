// Correct but O(N k log L): tries every element as the range start a and, in every
// list, binary-searches the first element >= a; b is the largest of those.
impl Solution {
    pub fn smallest_range(nums: Vec<Vec<i32>>) -> Vec<i32> {
        let mut best = (0i32, i32::MAX);
        for list in &nums {
            for &a in list {
                let mut b = a;
                let mut ok = true;
                for other in &nums {
                    let p = other.partition_point(|&x| x < a);
                    if p == other.len() {
                        ok = false;
                        break;
                    }
                    b = b.max(other[p]);
                }
                if ok && (b - a < best.1 - best.0 || (b - a == best.1 - best.0 && a < best.0)) {
                    best = (a, b);
                }
            }
        }
        vec![best.0, best.1]
    }
}
