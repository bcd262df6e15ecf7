impl Solution {
    pub fn alien_order(words: Vec<String>) -> String {
        let mut used = [false; 26];
        for w in &words {
            for b in w.bytes() {
                used[(b - b'a') as usize] = true;
            }
        }
        let mut after = [[false; 26]; 26];
        let mut indegree = [0usize; 26];
        for pair in words.windows(2) {
            let (x, y) = (pair[0].as_bytes(), pair[1].as_bytes());
            match x.iter().zip(y).find(|(p, q)| p != q) {
                Some((&p, &q)) => {
                    let (p, q) = ((p - b'a') as usize, (q - b'a') as usize);
                    if !after[p][q] {
                        after[p][q] = true;
                        indegree[q] += 1;
                    }
                }
                // A word followed by its own proper prefix: no order can sort them.
                None if x.len() > y.len() => return String::new(),
                None => {}
            }
        }
        let mut ready: Vec<usize> = (0..26).filter(|&c| used[c] && indegree[c] == 0).collect();
        let mut order = String::new();
        while let Some(c) = ready.pop() {
            order.push((b'a' + c as u8) as char);
            for d in 0..26 {
                if after[c][d] {
                    indegree[d] -= 1;
                    if indegree[d] == 0 {
                        ready.push(d);
                    }
                }
            }
        }
        if order.len() == used.iter().filter(|&&u| u).count() {
            order
        } else {
            String::new()
        }
    }
}
