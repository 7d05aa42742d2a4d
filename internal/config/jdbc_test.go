package config

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
)

// TestToConnString converts each line of testdata/jdbc/cases.txt and compares with
// cases.want. Every string it returns must also be accepted by pgx.
func TestToConnString(t *testing.T) {
	f, err := os.Open("testdata/jdbc/cases.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var got strings.Builder
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		in := sc.Text()
		if in == "" || strings.HasPrefix(in, "#") {
			continue
		}
		out, notes, err := ToConnString(in)
		fmt.Fprintf(&got, "%s\n", in)
		if err != nil {
			fmt.Fprintf(&got, "\terror: %v\n", err)
			continue
		}
		fmt.Fprintf(&got, "\t%s\n", out)
		for _, n := range notes {
			fmt.Fprintf(&got, "\tnote: %s\n", n)
		}
		if strings.Contains(out, "sslrootcert") {
			continue // pgx reads the certificate files when it parses
		}
		if _, err := pgx.ParseConfig(out); err != nil {
			t.Errorf("pgx.ParseConfig(%q): %v", out, err)
		}
	}
	golden(t, "testdata/jdbc/cases.want", got.String())
}

// TestJDBCForPgx checks what pgx makes of a converted URL: currentSchema arrives
// as the search_path run-time parameter.
func TestJDBCForPgx(t *testing.T) {
	conn, _, err := ToConnString("jdbc:postgresql://h:5433/db?currentSchema=app&user=u&password=p%2Bq&sslmode=disable&ApplicationName=flyway")
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := pgx.ParseConfig(conn)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ name, got, want string }{
		{"search_path", cfg.RuntimeParams["search_path"], "app"},
		{"application_name", cfg.RuntimeParams["application_name"], "flyway"},
		{"host", cfg.Host, "h"},
		{"port", fmt.Sprint(cfg.Port), "5433"},
		{"database", cfg.Database, "db"},
		{"user", cfg.User, "u"},
		{"password", cfg.Password, "p+q"},
	} {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q (conn %s)", c.name, c.got, c.want, conn)
		}
	}
	if cfg.TLSConfig != nil {
		t.Errorf("sslmode=disable: got a TLS config")
	}
}

func TestJDBCMultipleHostsForPgx(t *testing.T) {
	conn, _, err := ToConnString("jdbc:postgresql://h1:5432,[::1]:5433/db?user=u&sslmode=disable")
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := pgx.ParseConfig(conn)
	if err != nil {
		t.Fatal(err)
	}
	got := []string{fmt.Sprintf("%s:%d", cfg.Host, cfg.Port)}
	for _, fb := range cfg.Fallbacks {
		got = append(got, fmt.Sprintf("%s:%d", fb.Host, fb.Port))
	}
	if want := "h1:5432 ::1:5433"; strings.Join(got, " ") != want {
		t.Errorf("hosts = %q, want %q (conn %s)", got, want, conn)
	}
}

// TestPasswordsSurvive sends awkward passwords through the JDBC conversion and
// through WithCredentials, and checks that pgx reads them back unchanged.
func TestPasswordsSurvive(t *testing.T) {
	for _, pw := range []string{"p@ss/w:rd&x y", "a#b?c", "[x]%25%", "it's \\ back", "ünï€ode", "+plus+"} {
		jdbc := "jdbc:postgresql://db/shop?user=app&password=" + urlQueryEscape(pw)
		conn, _, err := ToConnString(jdbc)
		if err != nil {
			t.Fatalf("%q: %v", pw, err)
		}
		for _, c := range []struct{ how, conn string }{
			{"jdbc", conn},
			{"url", first(WithCredentials("postgres://db/shop", "app", pw))},
			{"url with user", first(WithCredentials("postgres://app@db/shop", "", pw))},
			{"url, several hosts", first(WithCredentials("postgres://db:5432,db2:5433/shop", "app", pw))},
			{"key=value", first(WithCredentials("host=db dbname=shop", "app", pw))},
		} {
			cfg, err := pgx.ParseConfig(c.conn)
			if err != nil {
				t.Errorf("%s %q: pgx.ParseConfig(%q): %v", c.how, pw, c.conn, err)
				continue
			}
			if cfg.Password != pw || cfg.User != "app" {
				t.Errorf("%s: pgx read user %q password %q from %q, want app %q", c.how, cfg.User, cfg.Password, c.conn, pw)
			}
			if strings.Contains(RedactURL(c.conn), pw) {
				t.Errorf("%s: RedactURL(%q) shows the password", c.how, c.conn)
			}
		}
	}
}

func first(s string, _, _ bool) string { return s }

func urlQueryEscape(s string) string {
	var b strings.Builder
	for _, c := range []byte(s) {
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}
