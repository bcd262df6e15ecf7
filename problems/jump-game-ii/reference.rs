impl Solution {
    pub fn jump(nums: Vec<i32>) -> i32 {
        // Breadth-first by jump count: indices up to `end` take `jumps` jumps;
        // `far` is the furthest index the next jump can reach.
        let (mut jumps, mut end, mut far) = (0, 0usize, 0usize);
        for i in 0..nums.len() - 1 {
            far = far.max(i + nums[i] as usize);
            if i == end {
                jumps += 1;
                end = far;
            }
        }
        jumps
    }
}
