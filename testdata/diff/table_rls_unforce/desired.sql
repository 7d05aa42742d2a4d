-- keep row level security enabled but stop forcing it
CREATE TABLE accounts (id integer PRIMARY KEY);
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
