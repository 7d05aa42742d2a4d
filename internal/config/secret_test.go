package config

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

func TestRedactURL(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"postgres://app:s3cr3t@db/app", "postgres://app:xxxxx@db/app"},
		{"postgresql://app:s3cr3t@db:5432,db2:5433/app?sslmode=require", "postgresql://app:xxxxx@db:5432,db2:5433/app?sslmode=require"},
		{"postgres://db/app?password=s3cr3t&sslmode=require", "postgres://db/app?password=xxxxx&sslmode=require"},
		{"postgres://db/app?sslpassword=s3cr3t", "postgres://db/app?sslpassword=xxxxx"},
		{"postgres://app@db/app", "postgres://app@db/app"},
		{"postgres://app:p%40ss@[::1]:5432/app", "postgres://app:xxxxx@[::1]:5432/app"},
		{"jdbc:postgresql://db/app?user=u&password=s3cr3t&ssl=true", "jdbc:postgresql://db/app?user=u&password=xxxxx&ssl=true"},
		{"jdbc:postgresql:app?password=s3cr3t", "jdbc:postgresql:app?password=xxxxx"},
		{"host=db password=s3cr3t user=app", "host=db password=xxxxx user=app"},
		{"password = 's3 cr\\'3t' user=app", "password = xxxxx user=app"},
		{"host=db sslpassword=s3cr3t", "host=db sslpassword=xxxxx"},
		{"host=db user=password", "host=db user=password"},
		{"postgres://u:pa/ss@db/app", "postgres://u:xxxxx@db/app"},
		{"postgres://u:pa/ss@db:5432,db2/app?sslmode=require", "postgres://u:xxxxx@db:5432,db2/app?sslmode=require"},
		{"postgres://db:5432/app?application_name=me@home", "postgres://db:5432/app?application_name=me@home"},
		{"", ""},
	} {
		if got := RedactURL(tc.in); got != tc.want {
			t.Errorf("RedactURL(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestSettingsNeverPrintPasswords prints loaded settings every way fmt and
// encoding/json can and looks for the passwords.
func TestSettingsNeverPrintPasswords(t *testing.T) {
	const pw, devPW = "Sup3r-S3cret", "D3v-S3cret"
	s, _, err := Load(LoadOptions{
		Files: []string{"flyway.conf"},
		ReadFile: func(string) ([]byte, error) {
			return []byte("flyway.url=jdbc:postgresql://db/shop?user=app\n" +
				"flyway.password=" + pw + "\n" +
				"pgshape.devUrl=postgres://dev:" + devPW + "@scratch/postgres\n"), nil
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(s.URL.Reveal(), pw) || s.Password.Reveal() != pw || !strings.Contains(s.PgShape.DevURL.Reveal(), devPW) {
		t.Fatalf("Reveal lost the secrets: %q %q %q", s.URL.Reveal(), s.Password.Reveal(), s.PgShape.DevURL.Reveal())
	}
	js, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	for _, out := range []string{
		fmt.Sprint(s), fmt.Sprint(*s), fmt.Sprintf("%v", s), fmt.Sprintf("%+v", *s),
		fmt.Sprintf("%#v", *s), fmt.Sprintf("%#v", s), fmt.Sprintf("%s", s), fmt.Sprintf("%q", *s),
		fmt.Sprintf("%x", *s), fmt.Sprintf("%v", s.URL), fmt.Sprintf("%#v", s.Password),
		fmt.Sprintf("%+v", s.PgShape), fmt.Sprintf("%#v", s.PgShape), s.Redacted(), string(js),
	} {
		if strings.Contains(out, pw) || strings.Contains(out, devPW) {
			t.Errorf("printed a password: %s", out)
		}
		if hex := fmt.Sprintf("%x", pw); strings.Contains(out, hex) {
			t.Errorf("printed a password in hex: %s", out)
		}
	}
	if got := s.String(); !strings.Contains(got, "password = xxxxx") || !strings.Contains(got, "url = postgres://app:xxxxx@db/shop") {
		t.Errorf("String() = %q, want the masked password and URL", got)
	}
}
