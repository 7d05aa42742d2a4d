-- quoted lower-case names equal unquoted ones
CREATE SCHEMA "app";
CREATE TABLE "app"."users" ("id" "int4" CONSTRAINT "users_pkey" PRIMARY KEY, "email" "text");
COMMENT ON COLUMN "app"."users"."email" IS 'e';
