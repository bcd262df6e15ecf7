// Recursive preorder with "#" for missing children, space-separated; the
// decoder consumes tokens from an iterator. A unit struct built as `Codec {}`,
// pasted with LeetCode's whole template (including the trailing usage
// comment).
use std::rc::Rc;
use std::cell::RefCell;
use std::str::SplitWhitespace;

struct Codec;

/**
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl Codec {
    fn new() -> Self {
        Codec {}
    }

    fn serialize(&self, root: Option<Rc<RefCell<TreeNode>>>) -> String {
        let mut out = String::new();
        Self::write(&root, &mut out);
        out
    }

    fn write(node: &Option<Rc<RefCell<TreeNode>>>, out: &mut String) {
        match node {
            None => out.push_str("# "),
            Some(n) => {
                let n = n.borrow();
                out.push_str(&n.val.to_string());
                out.push(' ');
                Self::write(&n.left, out);
                Self::write(&n.right, out);
            }
        }
    }

    fn deserialize(&self, data: String) -> Option<Rc<RefCell<TreeNode>>> {
        let mut tokens = data.split_whitespace();
        Self::read(&mut tokens)
    }

    fn read(tokens: &mut SplitWhitespace) -> Option<Rc<RefCell<TreeNode>>> {
        let tok = tokens.next()?;
        if tok == "#" {
            return None;
        }
        let mut node = TreeNode::new(tok.parse().unwrap());
        node.left = Self::read(tokens);
        node.right = Self::read(tokens);
        Some(Rc::new(RefCell::new(node)))
    }
}

/**
 * Your Codec object will be instantiated and called as such:
 * let obj = Codec::new();
 * let data: String = obj.serialize(strs);
 * let ans: Option<Rc<RefCell<TreeNode>>> = obj.deserialize(data);
 */
