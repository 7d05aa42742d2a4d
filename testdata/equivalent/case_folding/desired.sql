-- unquoted names fold to lower case: CREATE TABLE Users vs users
CREATE TABLE Users (ID INTEGER PRIMARY KEY, Email TEXT);
CREATE INDEX USERS_EMAIL_IDX ON USERS (EMAIL);
