-- Ünïcödé so that character and byte positions differ: ééééé ééééé ééééé
CREATE TABLE b (id int);
INSERT INTO b
SELECT id
  FROM nosuch;
