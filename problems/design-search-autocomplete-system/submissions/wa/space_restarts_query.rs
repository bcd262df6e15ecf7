// Treats a space as the start of a new word and matches only the current
// word against the start of the sentences (word-by-word autocomplete).
use std::collections::HashMap;

struct AutocompleteSystem {
    count: HashMap<String, i32>,
    typed: String,
    word_start: usize,
}

impl AutocompleteSystem {
    fn new(sentences: Vec<String>, times: Vec<i32>) -> Self {
        AutocompleteSystem { count: sentences.into_iter().zip(times).collect(), typed: String::new(), word_start: 0 }
    }

    fn input(&mut self, c: char) -> Vec<String> {
        if c == '#' {
            let t = std::mem::take(&mut self.typed);
            *self.count.entry(t).or_insert(0) += 1;
            self.word_start = 0;
            return vec![];
        }
        self.typed.push(c);
        if c == ' ' {
            self.word_start = self.typed.len();
        }
        let q = &self.typed[self.word_start..];
        let mut m: Vec<(&String, &i32)> = self.count.iter().filter(|(s, _)| s.starts_with(q)).collect();
        m.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        m.into_iter().take(3).map(|(s, _)| s.clone()).collect()
    }
}
