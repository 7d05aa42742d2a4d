-- alter a sequence's increment, min, max, start, cache and cycle
CREATE SEQUENCE s1 INCREMENT BY 2 MINVALUE 10 MAXVALUE 100000 START WITH 10 CACHE 50 CYCLE;
CREATE SEQUENCE s2;
