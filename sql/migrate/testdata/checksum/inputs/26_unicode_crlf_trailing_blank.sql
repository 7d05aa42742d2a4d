CREATE TABLE "Ünïcödé" (
  id int
);

