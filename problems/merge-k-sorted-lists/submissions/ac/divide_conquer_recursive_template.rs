// Pasted with LeetCode's template comments. Divide and conquer over the vector of
// lists, merging two lists recursively: the last merge recurses once per node,
// up to 10^4 frames deep.
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
    pub fn merge_k_lists(lists: Vec<Option<Box<ListNode>>>) -> Option<Box<ListNode>> {
        let mut lists = lists;
        Self::merge_range(&mut lists[..])
    }

    fn merge_range(lists: &mut [Option<Box<ListNode>>]) -> Option<Box<ListNode>> {
        match lists.len() {
            0 => None,
            1 => lists[0].take(),
            len => {
                let (left, right) = lists.split_at_mut(len / 2);
                let a = Self::merge_range(left);
                let b = Self::merge_range(right);
                Self::merge_two(a, b)
            }
        }
    }

    fn merge_two(a: Option<Box<ListNode>>, b: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        match (a, b) {
            (None, b) => b,
            (a, None) => a,
            (Some(mut x), Some(mut y)) => {
                if x.val <= y.val {
                    x.next = Self::merge_two(x.next.take(), Some(y));
                    Some(x)
                } else {
                    y.next = Self::merge_two(Some(x), y.next.take());
                    Some(y)
                }
            }
        }
    }
}
