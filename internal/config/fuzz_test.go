package config

import (
	"strings"
	"testing"
)

// FuzzRedactURL builds connection strings around a password, the way Load does,
// and checks that RedactURL hides it.
func FuzzRedactURL(f *testing.F) {
	f.Add("app", "s3cr3t!", "db")
	f.Add("app", "p@ss/w:rd?x#y", "db:5432,db2:5433")
	f.Add("", "only-a-password", "[::1]:5432")
	f.Add("ü", "it's \\ back", "db")
	f.Fuzz(func(t *testing.T, user, pw, host string) {
		if len(pw) < 6 || strings.ContainsAny(host, "/?#@") || strings.Contains("postgres://"+user+host+"/shop?sslmode=require", pw) {
			t.Skip()
		}
		for _, base := range []string{"postgres://" + host + "/shop?sslmode=require", "host=db dbname=shop"} {
			conn, _, _ := WithCredentials(base, user, pw)
			if got := RedactURL(conn); strings.Contains(got, pw) {
				t.Errorf("RedactURL(%q) = %q shows the password", conn, got)
			}
		}
	})
}

// FuzzReadProperties checks that the .conf reader never panics and that every key
// it returns starts with no blank and holds no separator. A key may be empty: ":0" is the
// empty key with value 0, for java.util.Properties too.
func FuzzReadProperties(f *testing.F) {
	f.Add("flyway.url=x\nflyway.schemas=a,\\\n b\n# c\n")
	f.Add("\ufeffa:b\r\nc d\\\r\n\\\n")
	f.Fuzz(func(t *testing.T, text string) {
		for _, e := range readProperties(text) {
			if e.key != "" && e.key[0] <= ' ' || strings.ContainsAny(e.key, "=: \t\f\n") || e.line < 1 {
				t.Errorf("entry %+v from %q", e, text)
			}
		}
	})
}
