// Preorder where each node carries a flag saying which children follow
// ("7b" both, "7l" left only, "7r" right only, "7n" none), so no null markers
// are needed; both directions use an explicit stack and `&mut self`.
use std::rc::Rc;
use std::cell::RefCell;

#[derive(Default)]
struct Codec {
    calls: usize,
}

impl Codec {
    fn new() -> Self {
        Self::default()
    }

    fn serialize(&mut self, root: Option<Rc<RefCell<TreeNode>>>) -> String {
        self.calls += 1;
        let mut out = String::new();
        let mut stack: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        while let Some(node) = stack.pop() {
            let n = node.borrow();
            let flag = match (&n.left, &n.right) {
                (Some(_), Some(_)) => 'b',
                (Some(_), None) => 'l',
                (None, Some(_)) => 'r',
                (None, None) => 'n',
            };
            out.push_str(&format!("{}{}", n.val, flag));
            if let Some(r) = &n.right {
                stack.push(r.clone());
            }
            if let Some(l) = &n.left {
                stack.push(l.clone());
            }
        }
        out
    }

    fn deserialize(&mut self, data: String) -> Option<Rc<RefCell<TreeNode>>> {
        self.calls += 1;
        // Parse "<int><flag>" records.
        let mut records: Vec<(i32, u8)> = Vec::new();
        let bytes = data.as_bytes();
        let mut start = 0;
        for (i, &b) in bytes.iter().enumerate() {
            if b.is_ascii_lowercase() {
                records.push((data[start..i].parse().unwrap(), b));
                start = i + 1;
            }
        }
        let mut iter = records.into_iter();
        let (val, flag) = iter.next()?;
        let root = Rc::new(RefCell::new(TreeNode::new(val)));
        // Each pending entry: a node and the children slots it still has to fill.
        let mut stack: Vec<(Rc<RefCell<TreeNode>>, bool, bool)> = vec![(root.clone(), flag == b'b' || flag == b'l', flag == b'b' || flag == b'r')];
        for (val, flag) in iter {
            let child = Rc::new(RefCell::new(TreeNode::new(val)));
            // The next record is the first open slot of the deepest pending node.
            loop {
                let top = stack.last_mut().unwrap();
                if top.1 {
                    top.1 = false;
                    top.0.borrow_mut().left = Some(child.clone());
                    break;
                } else if top.2 {
                    top.2 = false;
                    top.0.borrow_mut().right = Some(child.clone());
                    break;
                } else {
                    stack.pop();
                }
            }
            stack.push((child, flag == b'b' || flag == b'l', flag == b'b' || flag == b'r'));
        }
        Some(root)
    }
}
