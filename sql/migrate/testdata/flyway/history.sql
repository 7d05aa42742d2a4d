-- A history written by Flyway 10 (PostgreSQL), with flyway.schemas=app: Flyway
-- created the schema (SCHEMA row, rank 0), the database was baselined at version 1,
-- then V2__t.sql was applied. The DDL is Flyway's createMetaDataTable.sql.
CREATE SCHEMA "app";
CREATE TABLE "app"."flyway_schema_history" (
    "installed_rank" INT NOT NULL,
    "version" VARCHAR(50),
    "description" VARCHAR(200) NOT NULL,
    "type" VARCHAR(20) NOT NULL,
    "script" VARCHAR(1000) NOT NULL,
    "checksum" INTEGER,
    "installed_by" VARCHAR(100) NOT NULL,
    "installed_on" TIMESTAMP NOT NULL DEFAULT now(),
    "execution_time" INTEGER NOT NULL,
    "success" BOOLEAN NOT NULL
);
ALTER TABLE "app"."flyway_schema_history" ADD CONSTRAINT "flyway_schema_history_pk" PRIMARY KEY ("installed_rank");
CREATE INDEX "flyway_schema_history_s_idx" ON "app"."flyway_schema_history" ("success");

INSERT INTO "app"."flyway_schema_history" ("installed_rank", "version", "description", "type", "script", "checksum", "installed_by", "execution_time", "success")
VALUES (0, NULL, '<< Flyway Schema Creation >>', 'SCHEMA', '"app"', NULL, 'flyway', 0, true);
INSERT INTO "app"."flyway_schema_history" ("installed_rank", "version", "description", "type", "script", "checksum", "installed_by", "execution_time", "success")
VALUES (1, '1', '<< Flyway Baseline >>', 'BASELINE', '<< Flyway Baseline >>', NULL, 'flyway', 0, true);
INSERT INTO "app"."flyway_schema_history" ("installed_rank", "version", "description", "type", "script", "checksum", "installed_by", "execution_time", "success")
VALUES (2, '2', 't', 'SQL', 'V2__t.sql', 92137680, 'flyway', 14, true);

SET search_path = app;
CREATE TABLE legacy (id int);
CREATE TABLE t (id int);
