// Serializes both trees in pre-order with a separator before every value and a marker
// for missing children, then searches one string in the other.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    fn ser(node: &Option<Rc<RefCell<TreeNode>>>, out: &mut String) {
        match node {
            None => out.push_str(",#"),
            Some(n) => {
                let n = n.borrow();
                out.push(',');
                out.push_str(&n.val.to_string());
                Self::ser(&n.left, out);
                Self::ser(&n.right, out);
            }
        }
    }

    pub fn is_subtree(root: Option<Rc<RefCell<TreeNode>>>, sub_root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        let (mut a, mut b) = (String::new(), String::new());
        Self::ser(&root, &mut a);
        Self::ser(&sub_root, &mut b);
        a.contains(&b)
    }
}
