use crate::tools::prelude::*;
use std::collections::{HashSet, VecDeque};

const MAX_MOVES: usize = 10_000;
const MAX_SIDE: i64 = 10_000;
const MAX_FOOD: usize = 50;
const DIRS: [(&str, i64, i64); 4] = [("U", -1, 0), ("D", 1, 0), ("L", 0, -1), ("R", 0, 1)];

/// The game as LeetCode plays it, for the generator and the validator.
struct Game {
    w: i64,
    h: i64,
    body: VecDeque<(i64, i64)>, // front = head
    cells: HashSet<(i64, i64)>,
}

impl Game {
    fn new(w: i64, h: i64) -> Self {
        Game { w, h, body: VecDeque::from([(0, 0)]), cells: HashSet::from([(0, 0)]) }
    }

    fn target(&self, d: (i64, i64)) -> (i64, i64) {
        (self.body[0].0 + d.0, self.body[0].1 + d.1)
    }

    /// Whether moving to `to` keeps the snake alive (`eats`: it grows).
    fn safe(&self, to: (i64, i64), eats: bool) -> bool {
        let inside = to.0 >= 0 && to.0 < self.h && to.1 >= 0 && to.1 < self.w;
        inside && (!self.cells.contains(&to) || (!eats && Some(&to) == self.body.back()))
    }

    /// Whether, after moving to `to`, some further move is safe.
    fn has_exit(&self, to: (i64, i64), eats: bool) -> bool {
        let mut next = Game { w: self.w, h: self.h, body: self.body.clone(), cells: self.cells.clone() };
        next.step(to, eats);
        DIRS.iter().any(|&(_, dr, dc)| next.safe(next.target((dr, dc)), false))
    }

    /// Plays a move that `safe` accepted.
    fn step(&mut self, to: (i64, i64), eats: bool) {
        if !eats {
            let tail = self.body.pop_back().unwrap();
            self.cells.remove(&tail);
        }
        self.body.push_front(to);
        self.cells.insert(to);
    }
}

/// A free cell within `radius` of the head (random), if one is found. With
/// `ahead`, the cell is below and to the right of the head (and so of the
/// whole snake, which then only ever moves down and right to reach it).
fn place_food(game: &Game, radius: i64, ahead: bool, g: &mut Gen) -> Option<(i64, i64)> {
    let (hr, hc) = game.body[0];
    if ahead {
        let cell = ((hr + g.int(5, radius)).min(game.h - 1), (hc + g.int(5, radius)).min(game.w - 1));
        return Some(cell).filter(|c| !game.cells.contains(c));
    }
    for _ in 0..200 {
        let r = g.int((hr - radius).max(0), (hr + radius).min(game.h - 1));
        let c = g.int((hc - radius).max(0), (hc + radius).min(game.w - 1));
        if !game.cells.contains(&(r, c)) {
            return Some((r, c));
        }
    }
    (0..game.h * game.w).map(|i| (i / game.w, i % game.w)).find(|cell| !game.cells.contains(cell))
}

/// `n` moves (at most 10^4) on a grid, with the food placed where the snake
/// goes. Modes:
/// - "random": grids up to 30 x 30, the snake heads for the food with random
///   detours, up to 50 pieces; the game may end against itself or a wall;
/// - "bite": a 10 x 10 grid, the snake eats 6..=12 pieces, then turns back
///   onto its own body (a snake that does not grow survives that);
/// - "wall": eats a few pieces, then runs straight out of the grid;
/// - "cycle": on a grid of height 2, the snake grows to length 4 and runs in
///   a 2 x 2 square for the remaining moves, stepping each time into the cell
///   its tail just left (allowed);
/// - "worst": a 10^4 x 10^4 grid; each piece appears 5..=60 rows below and
///   columns right of the head, so the snake heads straight for it; after 50
///   pieces the snake of length 51 runs round a 200 x 200 square for the rest
///   of the 10^4 moves.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_MOVES);
    let (w, h) = match mode {
        "bite" => (10, 10),
        "cycle" => (g.int(2, 30), 2),
        "wall" => (g.int(5, 40), g.int(5, 40)),
        "worst" => (MAX_SIDE, MAX_SIDE),
        _ => (g.int(1, 30), g.int(2, 30)),
    };
    let mut game = Game::new(w, h);
    let mut food: Vec<(i64, i64)> = Vec::new();
    let mut moves: Vec<&str> = Vec::new();
    let radius = if mode == "worst" { 60 } else { 6 };
    let goal = match mode {
        "bite" => g.usize(6, 12),
        "wall" => g.usize(1, 5),
        "cycle" => 3,
        _ => MAX_FOOD,
    };
    if mode == "cycle" {
        food.extend([(0, 1), (1, 1), (1, 0)]);
        if w > 3 {
            food.push((g.int(0, 1), g.int(3, w - 1)));
        }
        let mut route = vec!["R", "D", "L"];
        route.extend(["U", "R", "D", "L"].iter().cycle().take(n.saturating_sub(3)));
        route.truncate(n);
        moves = route;
    } else {
        food.push(place_food(&game, radius, mode == "worst", g).unwrap());
        let mut eaten = 0;
        while moves.len() < n {
            let current = food.get(eaten).copied();
            let done_eating = eaten >= goal || current.is_none();
            // The final, deliberate death.
            if done_eating && mode == "bite" && game.body.len() >= 3 {
                let (hr, hc) = game.body[0];
                let neck = game.body[1];
                let back = DIRS.iter().find(|d| (hr + d.1, hc + d.2) == neck).unwrap();
                moves.push(back.0);
                break;
            }
            if done_eating && mode == "wall" {
                let d = DIRS[g.usize(0, 3)];
                while moves.len() < n {
                    let to = game.target((d.1, d.2));
                    let eats = food.get(eaten) == Some(&to);
                    moves.push(d.0);
                    if !game.safe(to, eats) {
                        break;
                    }
                    game.step(to, eats);
                    if eats {
                        eaten += 1;
                        if food.len() < MAX_FOOD
                            && let Some(cell) = place_food(&game, radius, mode == "worst", g)
                        {
                            food.push(cell);
                        }
                    }
                }
                break;
            }
            if done_eating && mode == "worst" {
                // A square loop of side 200, far longer than the snake: safe forever.
                for d in ["R", "D", "L", "U"].iter().cycle().flat_map(|d| std::iter::repeat_n(*d, 200)) {
                    if moves.len() >= n {
                        break;
                    }
                    moves.push(d);
                }
                break;
            }
            let options: Vec<(&str, (i64, i64), bool)> = DIRS
                .iter()
                .map(|&(name, dr, dc)| {
                    let to = game.target((dr, dc));
                    (name, to, current == Some(to))
                })
                .filter(|&(_, to, eats)| game.safe(to, eats))
                .collect();
            if options.is_empty() {
                moves.push(DIRS[g.usize(0, 3)].0); // every move loses
                break;
            }
            // Look one move further: avoid cells with no way out when possible.
            let with_exit: Vec<_> = options.iter().copied().filter(|o| game.has_exit(o.1, o.2)).collect();
            let options = if with_exit.is_empty() { options } else { with_exit };
            let pick = match current {
                Some((fr, fc)) if mode == "worst" || !g.chance(0.15) => {
                    let (hr, hc) = game.body[0];
                    let dist = |to: (i64, i64)| (to.0 - fr).abs() + (to.1 - fc).abs();
                    let here = (hr - fr).abs() + (hc - fc).abs();
                    let closer: Vec<_> = options.iter().filter(|o| dist(o.1) < here).copied().collect();
                    if closer.is_empty() { *g.pick(&options) } else { *g.pick(&closer) }
                }
                _ => *g.pick(&options),
            };
            moves.push(pick.0);
            game.step(pick.1, pick.2);
            if pick.2 {
                eaten += 1;
                if food.len() < MAX_FOOD
                    && let Some(cell) = place_food(&game, radius, mode == "worst", g)
                {
                    food.push(cell);
                }
            }
        }
    }
    let mut names = vec![json!("SnakeGame")];
    let food_json: Vec<Value> = food.iter().map(|&(r, c)| json!([r, c])).collect();
    let mut args = vec![json!([w, h, food_json])];
    for m in moves {
        names.push(json!("makeAMove"));
        args.push(json!([m]));
    }
    vec![Value::Array(names), Value::Array(args)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    len_in(input.len(), 2, 2, "input (method names, arguments)")?;
    let names = array(&input[0], "method names")?;
    let args = array(&input[1], "arguments")?;
    if names.len() != args.len() {
        return Err(format!("{} method names but {} argument lists", names.len(), args.len()));
    }
    len_in(names.len(), 1, MAX_MOVES + 1, "method names (constructor + at most 10^4 moves)")?;
    if string(&names[0], "method names[0]")? != "SnakeGame" {
        return Err("the first call must be the constructor SnakeGame".into());
    }
    let ctor = array(&args[0], "arguments[0]")?;
    len_in(ctor.len(), 3, 3, "arguments[0] (width, height, food)")?;
    let w = int_in(&ctor[0], 1, MAX_SIDE, "width")?;
    let h = int_in(&ctor[1], 1, MAX_SIDE, "height")?;
    let items = array(&ctor[2], "food")?;
    len_in(items.len(), 1, MAX_FOOD, "food")?;
    let mut food = Vec::new();
    for (i, f) in items.iter().enumerate() {
        let f = array(f, &format!("food[{i}]"))?;
        len_in(f.len(), 2, 2, &format!("food[{i}]"))?;
        let r = int_in(&f[0], 0, h - 1, &format!("food[{i}] row (0 <= ri < height)"))?;
        let c = int_in(&f[1], 0, w - 1, &format!("food[{i}] column (0 <= ci < width)"))?;
        food.push((r, c));
    }
    let mut game = Game::new(w, h);
    let mut eaten = 0;
    if food[0] == (0, 0) {
        return Err("food[0] appears on the snake at (0, 0)".into());
    }
    let mut over = false;
    for (i, (name, arg)) in names.iter().zip(args).enumerate().skip(1) {
        let name = string(name, &format!("method names[{i}]"))?;
        if !matches!(name, "makeAMove" | "make_a_move" | "move") {
            return Err(format!("method names[{i}] = {name:?}: expected makeAMove"));
        }
        let arg = array(arg, &format!("arguments[{i}]"))?;
        len_in(arg.len(), 1, 1, &format!("arguments[{i}]"))?;
        let d = string(&arg[0], &format!("arguments[{i}] direction"))?;
        let Some(&(_, dr, dc)) = DIRS.iter().find(|x| x.0 == d) else {
            return Err(format!("arguments[{i}]: direction {d:?} is not one of U, D, L, R"));
        };
        if over {
            return Err(format!("call {i}: a move after the game is over"));
        }
        let to = game.target((dr, dc));
        let eats = food.get(eaten) == Some(&to);
        if !game.safe(to, eats) {
            over = true;
            continue;
        }
        game.step(to, eats);
        if eats {
            eaten += 1;
            if let Some(&next) = food.get(eaten)
                && game.cells.contains(&next)
            {
                return Err(format!("call {i}: food[{eaten}] = {next:?} appears on the snake"));
            }
        }
    }
    Ok(())
}
