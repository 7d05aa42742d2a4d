CREATE TABLE fine (id int PRIMARY KEY);

-- a mistake pgshape's parser cannot read: the server reports it
CREATE TABLE broken (
    id int,
    note text DEFAULT 'ü' 'x'
);
