// Keeps LeetCode's `&self` (RefCell inside) and checks collisions by scanning
// the body, which never holds more than 51 cells.
use std::cell::RefCell;
use std::collections::VecDeque;

struct State {
    body: VecDeque<(i32, i32)>, // back = head
    eaten: usize,
}

struct SnakeGame {
    w: i32,
    h: i32,
    food: Vec<Vec<i32>>,
    state: RefCell<State>,
}

/**
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl SnakeGame {
    fn new(width: i32, height: i32, food: Vec<Vec<i32>>) -> Self {
        SnakeGame { w: width, h: height, food, state: RefCell::new(State { body: VecDeque::from([(0, 0)]), eaten: 0 }) }
    }

    fn make_a_move(&self, direction: String) -> i32 {
        let mut s = self.state.borrow_mut();
        let &(r, c) = s.body.back().unwrap();
        let (r, c) = match direction.as_bytes()[0] {
            b'U' => (r - 1, c),
            b'D' => (r + 1, c),
            b'L' => (r, c - 1),
            _ => (r, c + 1),
        };
        if r < 0 || c < 0 || r >= self.h || c >= self.w {
            return -1;
        }
        let grows = s.eaten < self.food.len() && self.food[s.eaten] == [r, c];
        if grows {
            s.eaten += 1;
        } else {
            s.body.pop_front();
        }
        if s.body.contains(&(r, c)) {
            return -1;
        }
        s.body.push_back((r, c));
        s.eaten as i32
    }
}
