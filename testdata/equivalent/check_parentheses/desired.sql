-- extra or missing parentheses and whitespace in CHECK expressions
CREATE TABLE r (lo integer, hi integer, CONSTRAINT r_check CHECK (((((lo <= hi)   AND   (lo >= 0))) OR (hi IS NULL))));
