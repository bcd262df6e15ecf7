impl Solution {
    pub fn longest_palindrome(s: String) -> String {
        let b = s.as_bytes();
        let n = b.len();
        let (mut best_start, mut best_len) = (0usize, 0usize);
        for center in 0..n {
            // odd length: centred on b[center]; even length: between b[center] and b[center + 1]
            for (mut lo, mut hi) in [(center as isize, center as isize), (center as isize, center as isize + 1)] {
                while lo >= 0 && (hi as usize) < n && b[lo as usize] == b[hi as usize] {
                    lo -= 1;
                    hi += 1;
                }
                let len = (hi - lo - 1) as usize;
                if len > best_len {
                    best_len = len;
                    best_start = (lo + 1) as usize;
                }
            }
        }
        s[best_start..best_start + best_len].to_string()
    }
}
