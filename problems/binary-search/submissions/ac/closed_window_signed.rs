// Closed window [lo, hi] on signed indices, so hi = mid - 1 may reach -1 safely.
impl Solution {
    pub fn search(nums: Vec<i32>, target: i32) -> i32 {
        let (mut lo, mut hi) = (0i32, nums.len() as i32 - 1);
        while lo <= hi {
            let mid = lo + (hi - lo) / 2;
            let v = nums[mid as usize];
            if v == target {
                return mid;
            } else if v < target {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        -1
    }
}
