DROP TABLE profiles, comments, posts;
