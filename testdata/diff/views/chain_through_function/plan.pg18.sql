SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

DROP VIEW public.hot_sensor_count;

DROP VIEW public.hot_sensors;

DROP VIEW public.sensor_max;

DROP FUNCTION public.max_celsius(s text);

DROP VIEW public.readings_v;

CREATE VIEW public.readings_v (id, sensor, celsius) AS
SELECT id,
    sensor,
    celsius
   FROM public.readings;

SET check_function_bodies = false;

CREATE OR REPLACE FUNCTION public.max_celsius(s text)
 RETURNS numeric
 LANGUAGE sql
 STABLE
BEGIN ATOMIC
 SELECT max(readings_v.celsius) AS max
    FROM public.readings_v
   WHERE (readings_v.sensor = max_celsius.s);
END;

CREATE VIEW public.sensor_max (sensor, max_celsius) AS
SELECT DISTINCT sensor,
    public.max_celsius(sensor) AS max_celsius
   FROM public.readings;

CREATE VIEW public.hot_sensors (sensor) AS
SELECT sensor
   FROM public.sensor_max
  WHERE max_celsius > 40::numeric;

CREATE VIEW public.hot_sensor_count (n) AS
SELECT count(*) AS n
   FROM public.hot_sensors;

