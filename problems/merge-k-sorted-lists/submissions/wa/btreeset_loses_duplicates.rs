// Collects the values into a BTreeSet to get them sorted: equal values, within one
// list or across lists, collapse into one node.
use std::collections::BTreeSet;

impl Solution {
    pub fn merge_k_lists(lists: Vec<Option<Box<ListNode>>>) -> Option<Box<ListNode>> {
        let mut set = BTreeSet::new();
        for mut l in lists {
            while let Some(node) = l {
                set.insert(node.val);
                l = node.next;
            }
        }
        let mut head = None;
        for v in set.into_iter().rev() {
            let mut node = Box::new(ListNode::new(v));
            node.next = head;
            head = Some(node);
        }
        head
    }
}
