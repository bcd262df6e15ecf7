// Keeps the followees in a Vec without checking for duplicates: following
// someone twice shows each of their tweets twice, and one unfollow is not
// enough to stop seeing them.
use std::collections::HashMap;

struct Twitter {
    clock: u64,
    posts: HashMap<i32, Vec<(u64, i32)>>,
    following: HashMap<i32, Vec<i32>>,
}

impl Twitter {
    fn new() -> Self {
        Twitter { clock: 0, posts: HashMap::new(), following: HashMap::new() }
    }

    fn post_tweet(&mut self, user_id: i32, tweet_id: i32) {
        self.clock += 1;
        self.posts.entry(user_id).or_default().push((self.clock, tweet_id));
    }

    fn get_news_feed(&self, user_id: i32) -> Vec<i32> {
        let mut users = self.following.get(&user_id).cloned().unwrap_or_default();
        users.push(user_id);
        let mut all: Vec<(u64, i32)> = Vec::new();
        for u in users {
            all.extend(self.posts.get(&u).into_iter().flatten());
        }
        all.sort_unstable_by(|a, b| b.0.cmp(&a.0));
        all.into_iter().take(10).map(|(_, id)| id).collect()
    }

    fn follow(&mut self, follower_id: i32, followee_id: i32) {
        self.following.entry(follower_id).or_default().push(followee_id);
    }

    fn unfollow(&mut self, follower_id: i32, followee_id: i32) {
        if let Some(f) = self.following.get_mut(&follower_id) {
            if let Some(p) = f.iter().position(|&u| u == followee_id) {
                f.remove(p);
            }
        }
    }
}
