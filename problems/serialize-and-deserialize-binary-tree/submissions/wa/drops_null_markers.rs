// Writes only the values, level by level, and rebuilds them as a complete
// tree (children of position i at 2i+1 and 2i+2). Without null markers the
// shape is lost for every tree that is not complete.
use std::rc::Rc;
use std::cell::RefCell;
use std::collections::VecDeque;

struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    fn serialize(&self, root: Option<Rc<RefCell<TreeNode>>>) -> String {
        let mut vals = Vec::new();
        let mut queue: VecDeque<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        while let Some(node) = queue.pop_front() {
            let node = node.borrow();
            vals.push(node.val.to_string());
            if let Some(l) = &node.left {
                queue.push_back(l.clone());
            }
            if let Some(r) = &node.right {
                queue.push_back(r.clone());
            }
        }
        vals.join(",")
    }

    fn deserialize(&self, data: String) -> Option<Rc<RefCell<TreeNode>>> {
        if data.is_empty() {
            return None;
        }
        let nodes: Vec<Rc<RefCell<TreeNode>>> = data
            .split(',')
            .map(|s| Rc::new(RefCell::new(TreeNode::new(s.parse().unwrap()))))
            .collect();
        for i in 0..nodes.len() {
            if 2 * i + 1 < nodes.len() {
                nodes[i].borrow_mut().left = Some(nodes[2 * i + 1].clone());
            }
            if 2 * i + 2 < nodes.len() {
                nodes[i].borrow_mut().right = Some(nodes[2 * i + 2].clone());
            }
        }
        Some(nodes[0].clone())
    }
}
