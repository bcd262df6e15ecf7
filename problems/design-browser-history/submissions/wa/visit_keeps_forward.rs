// visit overwrites the next slot but does not forget the pages beyond it:
// after back + visit, forward can still reach the old pages.
struct BrowserHistory {
    pages: Vec<String>,
    cur: usize,
}

impl BrowserHistory {
    fn new(homepage: String) -> Self {
        BrowserHistory { pages: vec![homepage], cur: 0 }
    }

    fn visit(&mut self, url: String) {
        self.cur += 1;
        if self.cur == self.pages.len() {
            self.pages.push(url);
        } else {
            self.pages[self.cur] = url;
        }
    }

    fn back(&mut self, steps: i32) -> String {
        self.cur = self.cur.saturating_sub(steps as usize);
        self.pages[self.cur].clone()
    }

    fn forward(&mut self, steps: i32) -> String {
        self.cur = (self.cur + steps as usize).min(self.pages.len() - 1);
        self.pages[self.cur].clone()
    }
}
