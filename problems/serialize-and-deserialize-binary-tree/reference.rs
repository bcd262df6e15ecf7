// Definition for a binary tree node.
// #[derive(Debug, PartialEq, Eq)]
// pub struct TreeNode {
//   pub val: i32,
//   pub left: Option<Rc<RefCell<TreeNode>>>,
//   pub right: Option<Rc<RefCell<TreeNode>>>,
// }
use std::rc::Rc;
use std::cell::RefCell;
use std::collections::VecDeque;

/// Level order, comma-separated, `#` for a missing child. Both directions are
/// iterative (a tree may be a 10^4-deep path).
struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    fn serialize(&self, root: Option<Rc<RefCell<TreeNode>>>) -> String {
        let mut parts: Vec<String> = Vec::new();
        let mut queue = VecDeque::from([root]);
        while let Some(slot) = queue.pop_front() {
            match slot {
                Some(node) => {
                    let node = node.borrow();
                    parts.push(node.val.to_string());
                    queue.push_back(node.left.clone());
                    queue.push_back(node.right.clone());
                }
                None => parts.push("#".to_string()),
            }
        }
        parts.join(",")
    }

    fn deserialize(&self, data: String) -> Option<Rc<RefCell<TreeNode>>> {
        let mut tokens = data.split(',');
        let root = Self::node(tokens.next()?)?;
        let mut queue = VecDeque::from([Rc::clone(&root)]);
        while let Some(parent) = queue.pop_front() {
            let left = tokens.next().and_then(Self::node);
            let right = tokens.next().and_then(Self::node);
            for child in left.iter().chain(right.iter()) {
                queue.push_back(Rc::clone(child));
            }
            let mut parent = parent.borrow_mut();
            parent.left = left;
            parent.right = right;
        }
        Some(root)
    }

    fn node(token: &str) -> Option<Rc<RefCell<TreeNode>>> {
        let val = token.parse::<i32>().ok()?;
        Some(Rc::new(RefCell::new(TreeNode::new(val))))
    }
}

