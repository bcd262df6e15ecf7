// DFS with a memo of copies, but when a neighbor has already been copied it
// pushes the neighbor itself (the original node) instead of its copy: every
// back edge of the clone points into the original graph.
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

impl Solution {
    pub fn clone_graph(node: Option<Rc<RefCell<Node>>>) -> Option<Rc<RefCell<Node>>> {
        let node = node?;
        let mut copies: HashMap<i32, Rc<RefCell<Node>>> = HashMap::new();
        Some(Self::dfs(&node, &mut copies))
    }

    fn dfs(node: &Rc<RefCell<Node>>, copies: &mut HashMap<i32, Rc<RefCell<Node>>>) -> Rc<RefCell<Node>> {
        let val = node.borrow().val;
        let copy = Rc::new(RefCell::new(Node::new(val)));
        copies.insert(val, copy.clone());
        for nb in node.borrow().neighbors.iter() {
            let nb_val = nb.borrow().val;
            if copies.contains_key(&nb_val) {
                copy.borrow_mut().neighbors.push(nb.clone());
            } else {
                let nb_copy = Self::dfs(nb, copies);
                copy.borrow_mut().neighbors.push(nb_copy);
            }
        }
        copy
    }
}
