// Nested "(val,left,right)" text built by recursive format!, and parsed by
// recursing on substrings, scanning each one for the comma that splits left
// from right. Every level copies and rescans its whole subtree: O(n * h),
// quadratic on a 10^4-deep path.
use std::rc::Rc;
use std::cell::RefCell;

struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    fn serialize(&self, root: Option<Rc<RefCell<TreeNode>>>) -> String {
        match root {
            None => "#".to_string(),
            Some(node) => {
                let node = node.borrow();
                format!("({},{},{})", node.val, self.serialize(node.left.clone()), self.serialize(node.right.clone()))
            }
        }
    }

    fn deserialize(&self, data: String) -> Option<Rc<RefCell<TreeNode>>> {
        Self::parse(&data)
    }

    fn parse(s: &str) -> Option<Rc<RefCell<TreeNode>>> {
        if s == "#" {
            return None;
        }
        let inner = &s[1..s.len() - 1];
        let first = inner.find(',').unwrap();
        let val: i32 = inner[..first].parse().unwrap();
        let rest = &inner[first + 1..];
        let mut depth = 0;
        let mut split = 0;
        for (i, c) in rest.chars().enumerate() {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                ',' if depth == 0 => {
                    split = i;
                    break;
                }
                _ => {}
            }
        }
        let node = Rc::new(RefCell::new(TreeNode::new(val)));
        node.borrow_mut().left = Self::parse(&rest[..split]);
        node.borrow_mut().right = Self::parse(&rest[split + 1..]);
        Some(node)
    }
}
