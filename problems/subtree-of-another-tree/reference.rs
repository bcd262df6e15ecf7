// Definition for a binary tree node.
// #[derive(Debug, PartialEq, Eq)]
// pub struct TreeNode {
//   pub val: i32,
//   pub left: Option<Rc<RefCell<TreeNode>>>,
//   pub right: Option<Rc<RefCell<TreeNode>>>,
// }
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    /// Pre-order tokens with a marker for every missing child: two trees are equal exactly
    /// when their token sequences are, and a subtree is a contiguous run of tokens.
    fn tokens(root: &Option<Rc<RefCell<TreeNode>>>) -> Vec<Option<i32>> {
        let mut out = Vec::new();
        let mut stack = vec![root.clone()];
        while let Some(node) = stack.pop() {
            match node {
                None => out.push(None),
                Some(n) => {
                    let n = n.borrow();
                    out.push(Some(n.val));
                    stack.push(n.right.clone());
                    stack.push(n.left.clone());
                }
            }
        }
        out
    }

    pub fn is_subtree(root: Option<Rc<RefCell<TreeNode>>>, sub_root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        let text = Self::tokens(&root);
        let pat = Self::tokens(&sub_root);
        // Knuth-Morris-Pratt: the failure function of the pattern, then one scan of the text.
        let mut fail = vec![0usize; pat.len()];
        let mut k = 0;
        for i in 1..pat.len() {
            while k > 0 && pat[i] != pat[k] {
                k = fail[k - 1];
            }
            if pat[i] == pat[k] {
                k += 1;
            }
            fail[i] = k;
        }
        let mut k = 0;
        for t in &text {
            while k > 0 && *t != pat[k] {
                k = fail[k - 1];
            }
            if *t == pat[k] {
                k += 1;
                if k == pat.len() {
                    return true;
                }
            }
        }
        false
    }
}
