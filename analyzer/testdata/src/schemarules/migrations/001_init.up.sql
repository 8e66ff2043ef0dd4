CREATE TABLE users (id bigserial PRIMARY KEY, code text);
CREATE UNIQUE INDEX users_live_code ON users (code) WHERE code <> '';

CREATE TABLE profiles (id bigserial PRIMARY KEY, user_id bigint REFERENCES users (id));
CREATE UNIQUE INDEX profiles_user ON profiles (user_id);

CREATE TABLE passports (id bigserial PRIMARY KEY, user_id bigint REFERENCES users (id), revoked_at timestamptz);
CREATE UNIQUE INDEX passports_live_user ON passports (user_id) WHERE revoked_at IS NULL;
CREATE INDEX passports_user ON passports (user_id);

CREATE TABLE avatars (id bigserial PRIMARY KEY, user_id bigint REFERENCES users (id));
