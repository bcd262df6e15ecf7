// back clamps to index 1 instead of 0 when asked for more steps than exist
// (an off-by-one in the bound), so the homepage is never reached that way.
struct BrowserHistory {
    pages: Vec<String>,
    cur: usize,
}

impl BrowserHistory {
    fn new(homepage: String) -> Self {
        BrowserHistory { pages: vec![homepage], cur: 0 }
    }

    fn visit(&mut self, url: String) {
        self.pages.truncate(self.cur + 1);
        self.pages.push(url);
        self.cur += 1;
    }

    fn back(&mut self, steps: i32) -> String {
        let steps = steps as usize;
        self.cur = if steps >= self.cur { self.cur.min(1) } else { self.cur - steps };
        self.pages[self.cur].clone()
    }

    fn forward(&mut self, steps: i32) -> String {
        self.cur = (self.cur + steps as usize).min(self.pages.len() - 1);
        self.pages[self.cur].clone()
    }
}
