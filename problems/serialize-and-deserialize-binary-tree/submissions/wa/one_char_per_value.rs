// Preorder squeezed into one character per node ('N' for a missing child) and
// read back one character at a time: fine while every value is a single
// digit, wrong for multi-digit or negative values ("12" is read as 1 then 2).
use std::rc::Rc;
use std::cell::RefCell;

struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    fn serialize(&self, root: Option<Rc<RefCell<TreeNode>>>) -> String {
        match root {
            None => "N".to_string(),
            Some(node) => {
                let node = node.borrow();
                format!("{}{}{}", node.val, self.serialize(node.left.clone()), self.serialize(node.right.clone()))
            }
        }
    }

    fn deserialize(&self, data: String) -> Option<Rc<RefCell<TreeNode>>> {
        let chars: Vec<char> = data.chars().collect();
        let mut pos = 0;
        Self::build(&chars, &mut pos)
    }

    fn build(chars: &[char], pos: &mut usize) -> Option<Rc<RefCell<TreeNode>>> {
        if *pos >= chars.len() {
            return None;
        }
        let c = chars[*pos];
        *pos += 1;
        if c == 'N' {
            return None;
        }
        let node = Rc::new(RefCell::new(TreeNode::new(c as i32 - '0' as i32)));
        let left = Self::build(chars, pos);
        let right = Self::build(chars, pos);
        node.borrow_mut().left = left;
        node.borrow_mut().right = right;
        Some(node)
    }
}
