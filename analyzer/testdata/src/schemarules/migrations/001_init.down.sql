DROP TABLE avatars, passports, profiles, users;
