// On '#', stores the typed sentence with count 1 even if it already exists,
// instead of adding 1 to its count.
use std::collections::HashMap;

struct AutocompleteSystem {
    count: HashMap<String, i32>,
    typed: String,
}

impl AutocompleteSystem {
    fn new(sentences: Vec<String>, times: Vec<i32>) -> Self {
        AutocompleteSystem { count: sentences.into_iter().zip(times).collect(), typed: String::new() }
    }

    fn input(&mut self, c: char) -> Vec<String> {
        if c == '#' {
            let t = std::mem::take(&mut self.typed);
            self.count.insert(t, 1);
            return vec![];
        }
        self.typed.push(c);
        let mut m: Vec<(&String, &i32)> = self.count.iter().filter(|(s, _)| s.starts_with(&self.typed)).collect();
        m.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        m.into_iter().take(3).map(|(s, _)| s.clone()).collect()
    }
}
