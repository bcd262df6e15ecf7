// Breaks ties between equally hot sentences in descending ASCII order
// (sorts the whole (count, sentence) pair in reverse).
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
            *self.count.entry(t).or_insert(0) += 1;
            return vec![];
        }
        self.typed.push(c);
        let mut m: Vec<(i32, String)> =
            self.count.iter().filter(|(s, _)| s.starts_with(&self.typed)).map(|(s, &n)| (n, s.clone())).collect();
        m.sort_by(|a, b| b.cmp(a));
        m.into_iter().take(3).map(|(_, s)| s).collect()
    }
}
