// Kahn's algorithm with a FIFO queue in alphabetical order of the free letters,
// and constraints taken from every pair i < j of words (implied by the adjacent
// ones when an order exists, so the answer set is the same).
use std::collections::VecDeque;

impl Solution {
    pub fn alien_order(words: Vec<String>) -> String {
        let w: Vec<&[u8]> = words.iter().map(|s| s.as_bytes()).collect();
        let mut present = vec![false; 26];
        for s in &w {
            for &b in s.iter() {
                present[(b - b'a') as usize] = true;
            }
        }
        let mut edge = vec![vec![false; 26]; 26];
        for i in 0..w.len() {
            for j in i + 1..w.len() {
                let k = w[i].iter().zip(w[j]).take_while(|(a, b)| a == b).count();
                if k < w[i].len() && k < w[j].len() {
                    edge[(w[i][k] - b'a') as usize][(w[j][k] - b'a') as usize] = true;
                } else if w[i].len() > w[j].len() {
                    return String::new();
                }
            }
        }
        let mut indeg = vec![0; 26];
        for a in 0..26 {
            for b in 0..26 {
                if edge[a][b] {
                    indeg[b] += 1;
                }
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
