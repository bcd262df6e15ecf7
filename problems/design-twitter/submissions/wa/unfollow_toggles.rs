// Implements follow and unfollow as one toggle: unfollowing someone who is
// not followed starts following them (and following twice unfollows).
use std::collections::{HashMap, HashSet};

struct Twitter {
    clock: u64,
    posts: HashMap<i32, Vec<(u64, i32)>>,
    following: HashMap<i32, HashSet<i32>>,
}

impl Twitter {
    fn new() -> Self {
        Twitter { clock: 0, posts: HashMap::new(), following: HashMap::new() }
    }

    fn toggle(&mut self, a: i32, b: i32) {
        let f = self.following.entry(a).or_default();
        if !f.remove(&b) {
            f.insert(b);
        }
    }

    fn post_tweet(&mut self, user_id: i32, tweet_id: i32) {
        self.clock += 1;
        self.posts.entry(user_id).or_default().push((self.clock, tweet_id));
    }

    fn get_news_feed(&self, user_id: i32) -> Vec<i32> {
        let mut users: Vec<i32> = self.following.get(&user_id).map(|f| f.iter().copied().collect()).unwrap_or_default();
        users.push(user_id);
        let mut all: Vec<(u64, i32)> = Vec::new();
        for u in users {
            all.extend(self.posts.get(&u).into_iter().flatten());
        }
        all.sort_unstable_by(|a, b| b.0.cmp(&a.0));
        all.into_iter().take(10).map(|(_, id)| id).collect()
    }

    fn follow(&mut self, follower_id: i32, followee_id: i32) {
        self.toggle(follower_id, followee_id);
    }

    fn unfollow(&mut self, follower_id: i32, followee_id: i32) {
        self.toggle(follower_id, followee_id);
    }
}
