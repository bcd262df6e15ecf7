// Manacher's algorithm on the string interleaved with separators: O(n).
impl Solution {
    pub fn longest_palindrome(s: String) -> String {
        let chars: Vec<char> = s.chars().collect();
        let mut t = Vec::with_capacity(2 * chars.len() + 1);
        t.push('#');
        for &c in &chars {
            t.push(c);
            t.push('#');
        }
        let m = t.len();
        let mut radius = vec![0usize; m];
        let (mut center, mut right) = (0usize, 0usize);
        for i in 0..m {
            if i < right {
                radius[i] = radius[2 * center - i].min(right - i);
            }
            while i > radius[i] && i + radius[i] + 1 < m && t[i - radius[i] - 1] == t[i + radius[i] + 1] {
                radius[i] += 1;
            }
            if i + radius[i] > right {
                center = i;
                right = i + radius[i];
            }
        }
        let (mut best_i, mut best_r) = (0, 0);
        for i in 0..m {
            if radius[i] > best_r {
                best_r = radius[i];
                best_i = i;
            }
        }
        let start = (best_i - best_r) / 2;
        chars[start..start + best_r].iter().collect()
    }
}
