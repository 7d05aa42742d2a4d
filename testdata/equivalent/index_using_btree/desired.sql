-- CREATE INDEX with and without USING btree
CREATE TABLE t (a integer, b text);
CREATE INDEX t_a_idx ON t USING btree (a);
CREATE UNIQUE INDEX t_b_idx ON public.t USING BTREE (b);
