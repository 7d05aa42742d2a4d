-- Extensions the shop relies on.
CREATE EXTENSION IF NOT EXISTS citext;
