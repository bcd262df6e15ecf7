// Correct DFS clone, but it unwraps the start node: the empty graph (None)
// panics.
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

impl Solution {
    pub fn clone_graph(node: Option<Rc<RefCell<Node>>>) -> Option<Rc<RefCell<Node>>> {
        let start = node.unwrap();
        let mut seen: HashMap<i32, Rc<RefCell<Node>>> = HashMap::new();
        Some(Self::copy(&start, &mut seen))
    }

    fn copy(node: &Rc<RefCell<Node>>, seen: &mut HashMap<i32, Rc<RefCell<Node>>>) -> Rc<RefCell<Node>> {
        let val = node.borrow().val;
        if let Some(c) = seen.get(&val) {
            return Rc::clone(c);
        }
        let c = Rc::new(RefCell::new(Node::new(val)));
        seen.insert(val, Rc::clone(&c));
        let neighbors: Vec<_> = node.borrow().neighbors.iter().map(|n| Self::copy(n, seen)).collect();
        c.borrow_mut().neighbors = neighbors;
        c
    }
}
