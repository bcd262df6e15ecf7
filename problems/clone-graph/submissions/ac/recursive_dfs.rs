// Recursive DFS with a memo of copies keyed by value; the copy is registered
// before its neighbors are visited, so cycles end at the memo.
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

impl Solution {
    pub fn clone_graph(node: Option<Rc<RefCell<Node>>>) -> Option<Rc<RefCell<Node>>> {
        let mut memo = HashMap::new();
        node.map(|n| Self::dfs(&n, &mut memo))
    }

    fn dfs(node: &Rc<RefCell<Node>>, memo: &mut HashMap<i32, Rc<RefCell<Node>>>) -> Rc<RefCell<Node>> {
        let val = node.borrow().val;
        if let Some(copy) = memo.get(&val) {
            return copy.clone();
        }
        let copy = Rc::new(RefCell::new(Node::new(val)));
        memo.insert(val, copy.clone());
        for nb in node.borrow().neighbors.iter() {
            let nb_copy = Self::dfs(nb, memo);
            copy.borrow_mut().neighbors.push(nb_copy);
        }
        copy
    }
}
