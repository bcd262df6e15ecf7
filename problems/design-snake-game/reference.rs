use std::collections::{HashSet, VecDeque};

/// The body as a queue of cells (front = head) plus a set of the same cells
/// for O(1) collision checks; `next_food` indexes the piece on the board.
struct SnakeGame {
    width: i32,
    height: i32,
    food: Vec<Vec<i32>>,
    next_food: usize,
    body: VecDeque<(i32, i32)>,
    cells: HashSet<(i32, i32)>,
    over: bool,
}

impl SnakeGame {
    fn new(width: i32, height: i32, food: Vec<Vec<i32>>) -> Self {
        SnakeGame {
            width,
            height,
            food,
            next_food: 0,
            body: VecDeque::from([(0, 0)]),
            cells: HashSet::from([(0, 0)]),
            over: false,
        }
    }

    fn make_a_move(&mut self, direction: String) -> i32 {
        if self.over {
            return -1;
        }
        let (dr, dc) = match direction.as_str() {
            "U" => (-1, 0),
            "D" => (1, 0),
            "L" => (0, -1),
            _ => (0, 1),
        };
        let (r, c) = self.body[0];
        let head = (r + dr, c + dc);
        if head.0 < 0 || head.0 >= self.height || head.1 < 0 || head.1 >= self.width {
            self.over = true;
            return -1;
        }
        let eats = self.food.get(self.next_food).is_some_and(|f| f[0] == head.0 && f[1] == head.1);
        if eats {
            self.next_food += 1;
        } else {
            // The tail moves first, so the head may enter the cell it leaves.
            let tail = self.body.pop_back().unwrap();
            self.cells.remove(&tail);
        }
        if !self.cells.insert(head) {
            self.over = true;
            return -1;
        }
        self.body.push_front(head);
        self.next_food as i32
    }
}
