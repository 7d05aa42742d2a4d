-- bool / boolean, also for defaults true / 't'
CREATE TABLE t (a boolean, b bool DEFAULT TRUE, c bool DEFAULT FALSE);
