// Two passes: collect every original node with an explicit stack, create all
// copies in a Vec indexed by value (values are 1..=100), then wire each copy's
// neighbor list in the original order.
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn clone_graph(node: Option<Rc<RefCell<Node>>>) -> Option<Rc<RefCell<Node>>> {
        let start = node?;
        let mut originals: Vec<Option<Rc<RefCell<Node>>>> = vec![None; 101];
        let mut stack = vec![start.clone()];
        originals[start.borrow().val as usize] = Some(start.clone());
        while let Some(n) = stack.pop() {
            for nb in &n.borrow().neighbors {
                let v = nb.borrow().val as usize;
                if originals[v].is_none() {
                    originals[v] = Some(nb.clone());
                    stack.push(nb.clone());
                }
            }
        }
        let copies: Vec<Option<Rc<RefCell<Node>>>> = originals
            .iter()
            .map(|o| o.as_ref().map(|n| Rc::new(RefCell::new(Node::new(n.borrow().val)))))
            .collect();
        for (v, original) in originals.iter().enumerate() {
            if let Some(original) = original {
                let copy = copies[v].as_ref().unwrap();
                for nb in &original.borrow().neighbors {
                    let nb_copy = copies[nb.borrow().val as usize].clone().unwrap();
                    copy.borrow_mut().neighbors.push(nb_copy);
                }
            }
        }
        copies[start.borrow().val as usize].clone()
    }
}
