// Copies only the start node: its neighbor list is a copy of the Vec of Rc
// handles, so the neighbors are still the original nodes.
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn clone_graph(node: Option<Rc<RefCell<Node>>>) -> Option<Rc<RefCell<Node>>> {
        let node = node?;
        let original = node.borrow();
        let mut copy = Node::new(original.val);
        copy.neighbors = original.neighbors.clone();
        Some(Rc::new(RefCell::new(copy)))
    }
}
