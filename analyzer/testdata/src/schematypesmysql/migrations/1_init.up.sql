CREATE TABLE users (id bigint PRIMARY KEY AUTO_INCREMENT, code varchar(20) UNIQUE);
CREATE TABLE posts (id bigint PRIMARY KEY AUTO_INCREMENT, author_id int);
CREATE TABLE badges (id bigint PRIMARY KEY AUTO_INCREMENT, user_code int);
CREATE TABLE comments (id bigint PRIMARY KEY AUTO_INCREMENT, post_id bigint);
CREATE TABLE likes (id bigint PRIMARY KEY AUTO_INCREMENT, user_code char(20));
CREATE TABLE tags (id bigint PRIMARY KEY AUTO_INCREMENT, post_id bigint unsigned);
