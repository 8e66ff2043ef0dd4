CREATE TABLE posts (
    id bigserial PRIMARY KEY,
    title text,
    author_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX idx_posts_author_id ON posts (author_id);

CREATE TABLE comments (
    id bigserial PRIMARY KEY,
    post_id bigint NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    body text
);
CREATE INDEX idx_comments_post_id ON comments (post_id);

CREATE TABLE profiles (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    bio text
);
CREATE UNIQUE INDEX idx_profiles_user_id ON profiles (user_id);
