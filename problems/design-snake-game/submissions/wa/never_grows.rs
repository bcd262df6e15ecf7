// Counts the food but never grows the snake: it cannot bite itself, so a
// move into its own body is not detected.
use std::collections::VecDeque;

struct SnakeGame {
    w: i32,
    h: i32,
    food: Vec<Vec<i32>>,
    eaten: usize,
    body: VecDeque<(i32, i32)>,
}

impl SnakeGame {
    fn new(width: i32, height: i32, food: Vec<Vec<i32>>) -> Self {
        SnakeGame { w: width, h: height, food, eaten: 0, body: VecDeque::from([(0, 0)]) }
    }

    fn make_a_move(&mut self, direction: String) -> i32 {
        let (r, c) = self.body[0];
        let (r, c) = match direction.as_str() {
            "U" => (r - 1, c),
            "D" => (r + 1, c),
            "L" => (r, c - 1),
            _ => (r, c + 1),
        };
        if r < 0 || c < 0 || r >= self.h || c >= self.w {
            return -1;
        }
        if self.eaten < self.food.len() && self.food[self.eaten] == [r, c] {
            self.eaten += 1;
        }
        self.body.pop_back();
        if self.body.contains(&(r, c)) {
            return -1;
        }
        self.body.push_front((r, c));
        self.eaten as i32
    }
}
