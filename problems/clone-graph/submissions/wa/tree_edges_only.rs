// BFS that links a neighbor's copy only when that neighbor is seen for the
// first time: the clone keeps the BFS tree edges and drops every other edge
// (and the tree edges only point away from the start node).
use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

impl Solution {
    pub fn clone_graph(node: Option<Rc<RefCell<Node>>>) -> Option<Rc<RefCell<Node>>> {
        let start = node?;
        let mut copies: HashMap<i32, Rc<RefCell<Node>>> = HashMap::new();
        let root = Rc::new(RefCell::new(Node::new(start.borrow().val)));
        copies.insert(start.borrow().val, root.clone());
        let mut queue = VecDeque::new();
        queue.push_back(start);
        while let Some(cur) = queue.pop_front() {
            let copy = copies[&cur.borrow().val].clone();
            for nb in cur.borrow().neighbors.iter() {
                let v = nb.borrow().val;
                if !copies.contains_key(&v) {
                    let nb_copy = Rc::new(RefCell::new(Node::new(v)));
                    copies.insert(v, nb_copy.clone());
                    copy.borrow_mut().neighbors.push(nb_copy);
                    queue.push_back(nb.clone());
                }
            }
        }
        Some(root)
    }
}
