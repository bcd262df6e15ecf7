// Enumerates all 2^(2n) strings of '(' and ')' as bit masks and keeps the balanced
// ones: 65536 masks at n = 8, still fast (LeetCode accepts it too).
impl Solution {
    pub fn generate_parenthesis(n: i32) -> Vec<String> {
        let len = 2 * n as u32;
        let mut out = Vec::new();
        for mask in 0u32..(1 << len) {
            let mut depth = 0i32;
            let mut ok = true;
            for i in 0..len {
                depth += if mask >> i & 1 == 1 { 1 } else { -1 };
                if depth < 0 {
                    ok = false;
                    break;
                }
            }
            if ok && depth == 0 {
                out.push((0..len).map(|i| if mask >> i & 1 == 1 { '(' } else { ')' }).collect());
            }
        }
        out
    }
}
