-- RESTRICT where the model declares CASCADE.
CREATE TABLE posts (
    id bigserial PRIMARY KEY,
    title text,
    author_id bigint NOT NULL REFERENCES users (id) ON DELETE RESTRICT
);
CREATE INDEX idx_posts_author_id ON posts (author_id);

-- The key column is named post, not post_id.
CREATE TABLE comments (
    id bigserial PRIMARY KEY,
    post bigint NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    body text
);
CREATE INDEX idx_comments_post ON comments (post);

-- No foreign key at all: orphan profiles, and no cascade.
CREATE TABLE profiles (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL,
    bio text
);
CREATE UNIQUE INDEX idx_profiles_user_id ON profiles (user_id);
