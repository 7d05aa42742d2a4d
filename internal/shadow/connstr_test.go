package shadow

import "testing"

func TestWithDatabase(t *testing.T) {
	for _, tc := range []struct{ in, db, want string }{
		{"postgres://app:pw@db:5432/app?sslmode=disable", "pgshape_x", "postgres://app:pw@db:5432/pgshape_x?sslmode=disable"},
		{"postgresql://db/app", "other", "postgresql://db/other"},
		{"host=db dbname=app user=app", "pgshape_x", "host=db dbname=app user=app dbname='pgshape_x'"},
		{"host=db", `it's`, `host=db dbname='it\'s'`},
	} {
		if got := WithDatabase(tc.in, tc.db); got != tc.want {
			t.Errorf("WithDatabase(%q, %q) = %q, want %q", tc.in, tc.db, got, tc.want)
		}
	}
}

func TestRedact(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"postgres://app:s3cr3t@db/app", "postgres://app:xxxxx@db/app"},
		{"postgres://db/app?password=s3cr3t&sslmode=require", "postgres://db/app?password=xxxxx&sslmode=require"},
		{"postgres://app@db/app", "postgres://app@db/app"},
		{"host=db password=s3cr3t user=app", "host=db password=xxxxx user=app"},
		{"host=db password='s3 cr\\'3t' user=app", "host=db password=xxxxx user=app"},
	} {
		if got := Redact(tc.in); got != tc.want {
			t.Errorf("Redact(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
