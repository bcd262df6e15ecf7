// forward moves one step too few when it is not clamped ("steps - 1", as if
// the current page were the first step).
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
        self.cur = self.cur.saturating_sub(steps as usize);
        self.pages[self.cur].clone()
    }

    fn forward(&mut self, steps: i32) -> String {
        let last = self.pages.len() - 1;
        self.cur = if self.cur + steps as usize >= last { last } else { self.cur + steps as usize - 1 };
        self.pages[self.cur].clone()
    }
}
