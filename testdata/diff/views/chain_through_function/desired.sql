-- a chain table -> view -> SQL-standard function -> view -> view -> view; the bottom view loses a column, so everything above it is dropped and recreated in order
CREATE TABLE readings (id integer PRIMARY KEY, sensor text NOT NULL, celsius numeric NOT NULL, note text);
CREATE VIEW readings_v AS SELECT id, sensor, celsius FROM readings;
CREATE FUNCTION max_celsius(s text) RETURNS numeric LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT max(celsius) FROM readings_v WHERE sensor = s;
END;
CREATE VIEW sensor_max AS SELECT DISTINCT sensor, max_celsius(sensor) AS max_celsius FROM readings;
CREATE VIEW hot_sensors AS SELECT sensor FROM sensor_max WHERE max_celsius > 40;
CREATE VIEW hot_sensor_count AS SELECT count(*) AS n FROM hot_sensors;
