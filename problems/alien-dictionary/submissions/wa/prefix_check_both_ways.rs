// Treats any pair with no differing letter and different lengths as invalid,
// so the perfectly sorted ["ab", "abc"] (a word followed by a longer word that
// starts with it) returns "".
use std::collections::VecDeque;

impl Solution {
    pub fn alien_order(words: Vec<String>) -> String {
        let mut present = [false; 26];
        for w in &words {
            for b in w.bytes() {
                present[(b - b'a') as usize] = true;
            }
        }
        let mut edge = [[false; 26]; 26];
        let mut indeg = [0; 26];
        for p in words.windows(2) {
            let (a, b) = (p[0].as_bytes(), p[1].as_bytes());
            match a.iter().zip(b).find(|(x, y)| x != y) {
                Some((&x, &y)) => {
                    let (x, y) = ((x - b'a') as usize, (y - b'a') as usize);
                    if !edge[x][y] {
                        edge[x][y] = true;
                        indeg[y] += 1;
                    }
                }
                None if a.len() != b.len() => return String::new(),
                None => {}
            }
        }
        let mut q: VecDeque<usize> = (0..26).filter(|&c| present[c] && indeg[c] == 0).collect();
        let mut res = String::new();
        while let Some(c) = q.pop_front() {
            res.push((b'a' + c as u8) as char);
            for d in 0..26 {
                if edge[c][d] {
                    indeg[d] -= 1;
                    if indeg[d] == 0 {
                        q.push_back(d);
                    }
                }
            }
        }
        if res.len() == present.iter().filter(|&&p| p).count() { res } else { String::new() }
    }
}
