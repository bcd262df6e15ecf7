use std::collections::HashMap;

/// All sentences with their counts; while a sentence is typed, `cands` holds
/// the sentences that still match the typed text, narrowed at every letter.
struct AutocompleteSystem {
    sentences: Vec<String>,
    count: Vec<i32>,
    index: HashMap<String, usize>,
    typed: String,
    cands: Vec<usize>,
}

impl AutocompleteSystem {
    fn new(sentences: Vec<String>, times: Vec<i32>) -> Self {
        let index = sentences.iter().enumerate().map(|(i, s)| (s.clone(), i)).collect();
        let cands = (0..sentences.len()).collect();
        AutocompleteSystem { sentences, count: times, index, typed: String::new(), cands }
    }

    fn input(&mut self, c: char) -> Vec<String> {
        if c == '#' {
            let typed = std::mem::take(&mut self.typed);
            match self.index.get(&typed) {
                Some(&i) => self.count[i] += 1,
                None => {
                    self.index.insert(typed.clone(), self.sentences.len());
                    self.sentences.push(typed);
                    self.count.push(1);
                }
            }
            self.cands = (0..self.sentences.len()).collect();
            return Vec::new();
        }
        let pos = self.typed.len();
        self.typed.push(c);
        let b = c as u8;
        let sentences = &self.sentences;
        self.cands.retain(|&i| sentences[i].as_bytes().get(pos) == Some(&b));
        let mut best = self.cands.clone();
        let count = &self.count;
        best.sort_unstable_by(|&a, &b| count[b].cmp(&count[a]).then_with(|| sentences[a].cmp(&sentences[b])));
        best.into_iter().take(3).map(|i| sentences[i].clone()).collect()
    }
}
