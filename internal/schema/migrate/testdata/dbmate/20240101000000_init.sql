-- migrate:up
CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);
CREATE TABLE profiles (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    bio TEXT
);
CREATE UNIQUE INDEX profiles_user_once ON profiles (user_id);

-- migrate:down
DROP TABLE profiles;
DROP TABLE users;
