// Pasted with LeetCode's template comments. Dummy head; a cloned copy of the list
// serves as the lead pointer (n + 1 steps ahead), then both walk until the lead ends.
// Definition for singly-linked list.
// #[derive(PartialEq, Eq, Clone, Debug)]
// pub struct ListNode {
//   pub val: i32,
//   pub next: Option<Box<ListNode>>
// }
// 
// impl ListNode {
//   #[inline]
//   fn new(val: i32) -> Self {
//     ListNode {
//       next: None,
//       val
//     }
//   }
// }
impl Solution {
    pub fn remove_nth_from_end(head: Option<Box<ListNode>>, n: i32) -> Option<Box<ListNode>> {
        let mut dummy = Box::new(ListNode { val: 0, next: head });
        let mut fast = dummy.clone();
        let mut slow = &mut dummy;
        for _ in 0..n {
            fast = fast.next.unwrap();
        }
        while let Some(next) = fast.next {
            fast = next;
            slow = slow.next.as_mut().unwrap();
        }
        let removed = slow.next.take().unwrap();
        slow.next = removed.next;
        dummy.next
    }
}
