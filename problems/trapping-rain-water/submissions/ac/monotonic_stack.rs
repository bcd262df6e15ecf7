// Monotonic stack of indices with decreasing heights: when a taller column arrives,
// each popped bottom is filled in one horizontal layer between the new top and it.
impl Solution {
    pub fn trap(height: Vec<i32>) -> i32 {
        let mut stack: Vec<usize> = Vec::new();
        let mut water = 0;
        for (i, &h) in height.iter().enumerate() {
            while let Some(&top) = stack.last() {
                if height[top] >= h {
                    break;
                }
                stack.pop();
                if let Some(&left) = stack.last() {
                    let width = (i - left - 1) as i32;
                    let level = height[left].min(h) - height[top];
                    water += width * level;
                }
            }
            stack.push(i);
        }
        water
    }
}
