SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

-- hazard data-loss: the new bounds of sequence public.down_seq exclude every value of the old ones: it restarts at -1
ALTER SEQUENCE public.down_seq INCREMENT BY -1 MINVALUE -9223372036854775808 MAXVALUE -1 START WITH -1 RESTART;

ALTER SEQUENCE public.small_seq AS bigint MINVALUE 1 MAXVALUE 9223372036854775807;

