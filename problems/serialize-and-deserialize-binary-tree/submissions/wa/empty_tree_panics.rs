// Correct preorder codec for non-empty trees, but an empty tree serializes to
// "" and the decoder parses that "" as a number: the empty tree panics.
use std::rc::Rc;
use std::cell::RefCell;

struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    fn serialize(&self, root: Option<Rc<RefCell<TreeNode>>>) -> String {
        let Some(root) = root else { return String::new() };
        let mut out: Vec<String> = Vec::new();
        let mut stack = vec![Some(root)];
        while let Some(slot) = stack.pop() {
            match slot {
                None => out.push("x".into()),
                Some(node) => {
                    let node = node.borrow();
                    out.push(node.val.to_string());
                    stack.push(node.right.clone());
                    stack.push(node.left.clone());
                }
            }
        }
        out.join(",")
    }

    fn deserialize(&self, data: String) -> Option<Rc<RefCell<TreeNode>>> {
        let mut tokens = data.split(',');
        let root = Rc::new(RefCell::new(TreeNode::new(tokens.next().unwrap().parse().unwrap())));
        // (node, next slot to fill: 0 = left, 1 = right)
        let mut stack = vec![(root.clone(), 0)];
        for tok in tokens {
            while stack.last().is_some_and(|top| top.1 == 2) {
                stack.pop();
            }
            let Some(top) = stack.last_mut() else { break };
            let side = top.1;
            top.1 += 1;
            if tok == "x" {
                continue;
            }
            let child = Rc::new(RefCell::new(TreeNode::new(tok.parse().unwrap())));
            if side == 0 {
                top.0.borrow_mut().left = Some(child.clone());
            } else {
                top.0.borrow_mut().right = Some(child.clone());
            }
            stack.push((child, 0));
        }
        Some(root)
    }
}
