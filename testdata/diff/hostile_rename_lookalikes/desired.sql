-- names differing only by case or trailing space are distinct objects
CREATE TABLE "Users" (id integer, "Name" text);
CREATE TABLE users (id integer, name text);
CREATE TABLE "users " (id integer);
CREATE TABLE "USERS" (id integer);
