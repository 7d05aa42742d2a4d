CREATE TABLE "ünïcödé" (
	"naïve" text DEFAULT 'ü' 'x'
);
