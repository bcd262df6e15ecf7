/// One list of pages: `pages[..=last]` is the reachable history and `cur`
/// the page shown. A visit overwrites the slot after `cur` and forgets the
/// forward pages by moving `last`, without freeing anything.
struct BrowserHistory {
    pages: Vec<String>,
    cur: usize,
    last: usize,
}

impl BrowserHistory {
    fn new(homepage: String) -> Self {
        BrowserHistory { pages: vec![homepage], cur: 0, last: 0 }
    }

    fn visit(&mut self, url: String) {
        self.cur += 1;
        if self.cur == self.pages.len() {
            self.pages.push(url);
        } else {
            self.pages[self.cur] = url;
        }
        self.last = self.cur;
    }

    fn back(&mut self, steps: i32) -> String {
        self.cur = self.cur.saturating_sub(steps as usize);
        self.pages[self.cur].clone()
    }

    fn forward(&mut self, steps: i32) -> String {
        self.cur = (self.cur + steps as usize).min(self.last);
        self.pages[self.cur].clone()
    }
}
