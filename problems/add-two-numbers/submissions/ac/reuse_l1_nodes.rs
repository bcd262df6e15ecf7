// In place: writes the sum into the nodes of l1, appending nodes when l2 is
// longer or a carry is left. Pasted with the LeetCode template comments.
// Definition for singly-linked list.
// #[derive(PartialEq, Eq, Clone, Debug)]
// pub struct ListNode {
//   pub val: i32,
//   pub next: Option<Box<ListNode>>
// }
impl Solution {
    pub fn add_two_numbers(l1: Option<Box<ListNode>>, l2: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut head = l1;
        let mut cur = &mut head;
        let mut b = l2;
        let mut carry = 0;
        loop {
            let add = match b {
                Some(node) => {
                    b = node.next;
                    node.val
                }
                None => 0,
            };
            if cur.is_none() {
                if add == 0 && carry == 0 && b.is_none() {
                    break;
                }
                *cur = Some(Box::new(ListNode::new(0)));
            }
            let node = cur.as_mut().unwrap();
            let sum = node.val + add + carry;
            node.val = sum % 10;
            carry = sum / 10;
            if node.next.is_none() && b.is_none() && carry == 0 {
                break;
            }
            cur = &mut node.next;
        }
        head
    }
}
