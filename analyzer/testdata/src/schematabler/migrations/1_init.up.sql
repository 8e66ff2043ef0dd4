CREATE TABLE legacy_accounts (id bigserial PRIMARY KEY);
CREATE TABLE user_profiles (id bigserial PRIMARY KEY, account_id bigint NOT NULL REFERENCES legacy_accounts (id));
CREATE UNIQUE INDEX user_profiles_once ON user_profiles (account_id);
