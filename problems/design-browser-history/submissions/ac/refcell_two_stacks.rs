// Two stacks behind RefCell (LeetCode's `&self` signatures): the back stack
// ends with the current page, the forward stack holds the pages ahead.
use std::cell::RefCell;

struct BrowserHistory {
    back_stack: RefCell<Vec<String>>,
    fwd_stack: RefCell<Vec<String>>,
}

/**
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl BrowserHistory {
    fn new(homepage: String) -> Self {
        BrowserHistory { back_stack: RefCell::new(vec![homepage]), fwd_stack: RefCell::new(Vec::new()) }
    }

    fn visit(&self, url: String) {
        self.back_stack.borrow_mut().push(url);
        self.fwd_stack.borrow_mut().clear();
    }

    fn back(&self, steps: i32) -> String {
        let mut b = self.back_stack.borrow_mut();
        let mut f = self.fwd_stack.borrow_mut();
        for _ in 0..steps {
            if b.len() == 1 {
                break;
            }
            f.push(b.pop().unwrap());
        }
        b.last().unwrap().clone()
    }

    fn forward(&self, steps: i32) -> String {
        let mut b = self.back_stack.borrow_mut();
        let mut f = self.fwd_stack.borrow_mut();
        for _ in 0..steps {
            match f.pop() {
                Some(p) => b.push(p),
                None => break,
            }
        }
        b.last().unwrap().clone()
    }
}
