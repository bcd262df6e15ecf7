// Definition for a node with a random pointer (supplied by the judge):
// pub struct Node {
//     pub val: i32,
//     pub next: Option<Rc<RefCell<Node>>>,
//     pub random: Option<Rc<RefCell<Node>>>,
// }
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

impl Solution {
    pub fn copy_random_list(head: Option<Rc<RefCell<Node>>>) -> Option<Rc<RefCell<Node>>> {
        // Number the original nodes in list order: node address -> position.
        let mut originals: Vec<Rc<RefCell<Node>>> = Vec::new();
        let mut position: HashMap<*const RefCell<Node>, usize> = HashMap::new();
        let mut cur = head;
        while let Some(node) = cur {
            position.insert(Rc::as_ptr(&node), originals.len());
            cur = node.borrow().next.clone();
            originals.push(node);
        }
        let copies: Vec<Rc<RefCell<Node>>> =
            originals.iter().map(|node| Rc::new(RefCell::new(Node::new(node.borrow().val)))).collect();
        for (i, node) in originals.iter().enumerate() {
            let random = node.borrow().random.as_ref().map(|r| Rc::clone(&copies[position[&Rc::as_ptr(r)]]));
            let mut copy = copies[i].borrow_mut();
            copy.next = copies.get(i + 1).cloned();
            copy.random = random;
        }
        copies.first().cloned()
    }
}
