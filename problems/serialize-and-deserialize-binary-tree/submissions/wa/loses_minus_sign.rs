// Level order with "null" markers, but the hand-written number parser only
// accumulates digits and skips everything else, so -7 comes back as 7.
use std::rc::Rc;
use std::cell::RefCell;
use std::collections::VecDeque;

struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    fn serialize(&self, root: Option<Rc<RefCell<TreeNode>>>) -> String {
        let mut out = Vec::new();
        let mut q = VecDeque::new();
        q.push_back(root);
        while let Some(cur) = q.pop_front() {
            if let Some(node) = cur {
                out.push(node.borrow().val.to_string());
                q.push_back(node.borrow().left.clone());
                q.push_back(node.borrow().right.clone());
            } else {
                out.push("null".to_string());
            }
        }
        out.join(",")
    }

    fn parse(token: &str) -> i32 {
        let mut num = 0;
        for b in token.bytes() {
            if b.is_ascii_digit() {
                num = num * 10 + (b - b'0') as i32;
            }
        }
        num
    }

    fn deserialize(&self, data: String) -> Option<Rc<RefCell<TreeNode>>> {
        let tokens: Vec<&str> = data.split(',').collect();
        if tokens[0] == "null" {
            return None;
        }
        let root = Rc::new(RefCell::new(TreeNode::new(Self::parse(tokens[0]))));
        let mut q = VecDeque::new();
        q.push_back(root.clone());
        let mut i = 1;
        while let Some(node) = q.pop_front() {
            if tokens[i] != "null" {
                let left = Rc::new(RefCell::new(TreeNode::new(Self::parse(tokens[i]))));
                node.borrow_mut().left = Some(left.clone());
                q.push_back(left);
            }
            if tokens[i + 1] != "null" {
                let right = Rc::new(RefCell::new(TreeNode::new(Self::parse(tokens[i + 1]))));
                node.borrow_mut().right = Some(right.clone());
                q.push_back(right);
            }
            i += 2;
        }
        Some(root)
    }
}
