-- turn a serial column into a plain integer: default and owned sequence dropped
CREATE TABLE tickets (id integer NOT NULL PRIMARY KEY, title text);
