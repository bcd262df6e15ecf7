// Copies every value out, sorts, and builds a new list from the back: O(N log N).
impl Solution {
    pub fn merge_k_lists(lists: Vec<Option<Box<ListNode>>>) -> Option<Box<ListNode>> {
        let mut vals = Vec::new();
        for list in &lists {
            let mut p = list.as_ref();
            while let Some(node) = p {
                vals.push(node.val);
                p = node.next.as_ref();
            }
        }
        vals.sort_unstable();
        let mut head = None;
        while let Some(v) = vals.pop() {
            head = Some(Box::new(ListNode { val: v, next: head }));
        }
        head
    }
}
