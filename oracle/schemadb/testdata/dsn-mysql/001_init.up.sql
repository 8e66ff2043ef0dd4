-- MySQL/MariaDB DDL for relcheck-schema -dsn's oracle: composite keys in
-- an order other than the columns', actions, nullable and not, unsigned,
-- auto-increment and defaults, and keys InnoDB adds by itself.
CREATE TABLE accounts (
    number INT UNSIGNED NOT NULL,
    region VARCHAR(8) NOT NULL,
    email VARCHAR(200) NULL,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (region, number),
    UNIQUE KEY accounts_email (email)
) ENGINE=InnoDB;
CREATE TABLE members (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_region VARCHAR(8) NULL,
    account_number INT UNSIGNED NULL,
    nick VARCHAR(50) NOT NULL DEFAULT 'anon',
    score DECIMAL(10,2),
    CONSTRAINT members_account FOREIGN KEY (account_region, account_number)
        REFERENCES accounts (region, number) ON DELETE CASCADE ON UPDATE SET NULL,
    UNIQUE KEY members_nick_account (nick, account_region),
    KEY members_score (score)
) ENGINE=InnoDB;
CREATE TABLE invites (
    id INT NOT NULL AUTO_INCREMENT,
    member_id BIGINT NULL,
    inviter_id BIGINT NOT NULL,
    code CHAR(36) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT invites_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE SET NULL,
    CONSTRAINT invites_inviter FOREIGN KEY (inviter_id) REFERENCES members (id)
) ENGINE=InnoDB;
