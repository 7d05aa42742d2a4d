CREATE TABLE t (a bool, b boolean DEFAULT true, c boolean DEFAULT false);
