SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER PUBLICATION pub1 DROP TABLE ONLY public.a;

ALTER PUBLICATION pub1 SET (publish = 'insert, update, delete', publish_via_partition_root = false);

ALTER PUBLICATION pub1 ADD TABLE ONLY public.c;

