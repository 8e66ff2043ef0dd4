CREATE TABLE daemon (id bigserial PRIMARY KEY);
CREATE TABLE kea_daemon (id bigserial PRIMARY KEY, daemon_id bigint NOT NULL REFERENCES daemon (id));
CREATE UNIQUE INDEX kea_daemon_once ON kea_daemon (daemon_id);
CREATE TABLE bind9_daemon (id bigserial PRIMARY KEY, daemon_id bigint NOT NULL REFERENCES daemon (id));
