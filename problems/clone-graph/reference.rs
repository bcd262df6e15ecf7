// Definition for a graph node (supplied by the judge):
// pub struct Node {
//     pub val: i32,
//     pub neighbors: Vec<Rc<RefCell<Node>>>,
// }
use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

impl Solution {
    pub fn clone_graph(node: Option<Rc<RefCell<Node>>>) -> Option<Rc<RefCell<Node>>> {
        let start = node?;
        let start_val = start.borrow().val;
        let first = Rc::new(RefCell::new(Node::new(start_val)));
        // Original value -> its copy; a node is queued when its copy is created.
        let mut copies: HashMap<i32, Rc<RefCell<Node>>> = HashMap::new();
        copies.insert(start_val, Rc::clone(&first));
        let mut queue = VecDeque::from([start]);
        while let Some(original) = queue.pop_front() {
            let original = original.borrow();
            let copy = Rc::clone(&copies[&original.val]);
            for neighbor in &original.neighbors {
                let val = neighbor.borrow().val;
                let neighbor_copy = copies.entry(val).or_insert_with(|| {
                    queue.push_back(Rc::clone(neighbor));
                    Rc::new(RefCell::new(Node::new(val)))
                });
                copy.borrow_mut().neighbors.push(Rc::clone(neighbor_copy));
            }
        }
        Some(first)
    }
}
