package config

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestEnvName(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"url", "FLYWAY_URL"},
		{"baselineOnMigrate", "FLYWAY_BASELINE_ON_MIGRATE"},
		{"defaultSchema", "FLYWAY_DEFAULT_SCHEMA"},
		{"lockRetryCount", "FLYWAY_LOCK_RETRY_COUNT"},
		{"ignoreMigrationPatterns", "FLYWAY_IGNORE_MIGRATION_PATTERNS"},
		{"postgresql.transactional.lock", "FLYWAY_POSTGRESQL_TRANSACTIONAL_LOCK"},
		{"sqlMigrationPrefix", "FLYWAY_SQL_MIGRATION_PREFIX"},
		{"pgshape.devUrl", "PGSHAPE_DEV_URL"},
		{"pgshape.allowHazards", "PGSHAPE_ALLOW_HAZARDS"},
	} {
		if got := envName(tc.name); got != tc.want {
			t.Errorf("envName(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestDefaultFiles(t *testing.T) {
	for _, tc := range []struct {
		exist []string
		want  []string
	}{
		{nil, nil},
		{[]string{"/w/flyway.conf"}, []string{"/w/flyway.conf"}},
		{[]string{"/h/flyway.conf", "/w/flyway.conf"}, []string{"/h/flyway.conf", "/w/flyway.conf"}},
		{[]string{"/w/flyway.conf", "/w/flyway.toml"}, []string{"/w/flyway.toml"}},
		{[]string{"/h/flyway.user.toml", "/w/flyway.toml", "/w/flyway.user.toml"},
			[]string{"/h/flyway.user.toml", "/w/flyway.toml", "/w/flyway.user.toml"}},
	} {
		exists := func(p string) bool {
			for _, e := range tc.exist {
				if e == p {
					return true
				}
			}
			return false
		}
		if got := DefaultFiles("/h", "/w", exists); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("DefaultFiles with %q = %q, want %q", tc.exist, got, tc.want)
		}
	}
}

func TestWithDefaults(t *testing.T) {
	f := false
	s := &Settings{Table: "history", CleanDisabled: &f, Placeholders: map[string]string{"a": "b"}}
	d := s.WithDefaults()
	if d.Table != "history" || *d.CleanDisabled != false {
		t.Errorf("WithDefaults overwrote set values: table %q cleanDisabled %v", d.Table, *d.CleanDisabled)
	}
	if *d.ValidateOnMigrate != true || *d.TransactionalLock != true || *d.BaselineOnMigrate != false ||
		*d.LockRetryCount != 50 || d.BaselineVersion != "1" || d.BaselineDescription != "<< Flyway Baseline >>" ||
		!reflect.DeepEqual(d.Locations, []string{"sql"}) || !reflect.DeepEqual(d.IgnoreMigrationPatterns, []string{"*:future"}) ||
		d.PlaceholderPrefix != "${" || d.PlaceholderSuffix != "}" || d.PgShape.Schema != "schema" {
		t.Errorf("WithDefaults = %v", d)
	}
	if s.ValidateOnMigrate != nil || s.Locations != nil {
		t.Errorf("WithDefaults changed its receiver")
	}
	d.Placeholders["a"] = "changed"
	if s.Placeholders["a"] != "b" {
		t.Errorf("WithDefaults shares the placeholder map")
	}
	s2 := &Settings{}
	if d2 := s2.WithDefaults(); *d2.CleanDisabled != true || d2.DefaultSchema != "" {
		t.Errorf("WithDefaults of nothing: cleanDisabled %v, defaultSchema %q, want true and none", *d2.CleanDisabled, d2.DefaultSchema)
	}
	s3 := &Settings{Schemas: []string{"app", "audit"}}
	if d3 := s3.WithDefaults(); d3.DefaultSchema != "app" {
		t.Errorf("defaultSchema = %q, want the first of schemas, app", d3.DefaultSchema)
	}
}

// Every setting must be reachable from the environment under its Flyway name.
func TestEverySettingHasAnEnvironmentVariable(t *testing.T) {
	for _, st := range settings {
		s, _, err := Load(LoadOptions{Environ: []string{envName(st.name) + "=1"}})
		if err != nil {
			continue // "1" is not valid for every kind; reaching apply is enough
		}
		if _, ok := s.Sources[st.name]; !ok {
			t.Errorf("%s: not set from %s", st.name, envName(st.name))
		}
	}
}

// pgshape.lockRetries and pgshape.lockRetryDelay, from a file, the environment
// and TOML; a delay is a Go duration or milliseconds.
func TestLockRetrySettings(t *testing.T) {
	for _, tc := range []struct {
		file, text string
		environ    []string
		retries    int
		delay      time.Duration
		err        string
	}{
		{"a.conf", "pgshape.lockRetries=3\npgshape.lockRetryDelay=250ms\n", nil, 3, 250 * time.Millisecond, ""},
		{"a.conf", "pgshape.lockRetries=3\npgshape.lockRetryDelay=250ms\n",
			[]string{"PGSHAPE_LOCK_RETRIES=0", "PGSHAPE_LOCK_RETRY_DELAY=2000"}, 0, 2 * time.Second, ""},
		{"flyway.toml", "[pgshape]\nlockRetries = 5\nlockRetryDelay = 1500\n", nil, 5, 1500 * time.Millisecond, ""},
		{"flyway.toml", "[pgshape]\nlockRetries = 5\nlockRetryDelay = \"1m\"\n", nil, 5, time.Minute, ""},
		{"a.conf", "pgshape.lockRetryDelay=soon\n", nil, 0, 0, `a.conf:1: pgshape.lockRetryDelay: invalid value: "soon" is not a duration`},
		{"a.conf", "pgshape.lockRetryDelay=-1s\n", nil, 0, 0, "a.conf:1: pgshape.lockRetryDelay: invalid value: -1s is negative"},
	} {
		s, _, err := Load(LoadOptions{Files: []string{tc.file}, Environ: tc.environ,
			ReadFile: func(string) ([]byte, error) { return []byte(tc.text), nil }})
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%q: error %v, want %q", tc.text, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", tc.text, err)
			continue
		}
		if s.PgShape.LockRetries == nil || *s.PgShape.LockRetries != tc.retries ||
			s.PgShape.LockRetryDelay == nil || *s.PgShape.LockRetryDelay != tc.delay {
			t.Errorf("%q %v: got %v", tc.text, tc.environ, s)
		}
	}
}
