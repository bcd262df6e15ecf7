// Two passes with a map from each original node's address to its copy: the
// first creates every copy, the second wires next and random through the map.
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

impl Solution {
    pub fn copy_random_list(head: Option<Rc<RefCell<Node>>>) -> Option<Rc<RefCell<Node>>> {
        let mut map: HashMap<*const RefCell<Node>, Rc<RefCell<Node>>> = HashMap::new();
        let mut cur = head.clone();
        while let Some(node) = cur {
            map.insert(Rc::as_ptr(&node), Rc::new(RefCell::new(Node::new(node.borrow().val))));
            cur = node.borrow().next.clone();
        }
        let mut cur = head.clone();
        while let Some(node) = cur {
            let original = node.borrow();
            let copy = &map[&Rc::as_ptr(&node)];
            copy.borrow_mut().next = original.next.as_ref().map(|x| Rc::clone(&map[&Rc::as_ptr(x)]));
            copy.borrow_mut().random = original.random.as_ref().map(|x| Rc::clone(&map[&Rc::as_ptr(x)]));
            cur = original.next.clone();
        }
        head.map(|h| Rc::clone(&map[&Rc::as_ptr(&h)]))
    }
}
