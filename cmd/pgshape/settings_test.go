package main

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"

	"github.com/pgshape/pgshape/emitter"
	"github.com/pgshape/pgshape/internal/config"
	"github.com/pgshape/pgshape/internal/planner"
	"github.com/pgshape/pgshape/internal/statecache"
	"github.com/pgshape/pgshape/model"
)

// loadConf reads .conf text as config.Load would read a file, with environ as
// the process environment.
func loadConf(t *testing.T, conf string, environ ...string) *config.Settings {
	t.Helper()
	s, _, err := config.Load(config.LoadOptions{
		Files:    []string{"test.conf"},
		Environ:  environ,
		ReadFile: func(string) ([]byte, error) { return []byte(conf), nil },
	})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// runnerView is the part of a migrate.Config the mapping decides.
type runnerView struct {
	Locations, Schemas, IgnorePatterns          []string
	DefaultSchema, Table, Target                string
	BaselineVersion, BaselineDesc, InstalledBy  string
	OutOfOrder, BaselineOnMigrate, SkipValidate bool
	ValidateNaming, Mixed, Group, CleanEnabled  bool
	LockRetryCount, LockRetries                 int
	LockRetryDelay                              time.Duration
	Placeholders                                map[string]string
}

// runnerConfig maps s and the command line args (flags of migrate and clean)
// onto a migrate.Config, as the runner commands do.
func runnerConfig(t *testing.T, s *config.Settings, args ...string) (runnerView, error) {
	t.Helper()
	f := &runnerFlags{validateOnMigrate: true}
	cmd := &cobra.Command{Use: "test"}
	f.register(cmd)
	f.registerMigrate(cmd)
	f.registerClean(cmd)
	if err := cmd.ParseFlags(args); err != nil {
		t.Fatal(err)
	}
	cfg, err := f.config(cmd, s)
	if err != nil {
		return runnerView{}, err
	}
	v := runnerView{
		Schemas: cfg.Schemas, IgnorePatterns: cfg.IgnoreMigrationPatterns,
		DefaultSchema: cfg.DefaultSchema, Table: cfg.Table, Target: cfg.Target,
		BaselineVersion: cfg.BaselineVersion, BaselineDesc: cfg.BaselineDescription, InstalledBy: cfg.InstalledBy,
		OutOfOrder: cfg.OutOfOrder, BaselineOnMigrate: cfg.BaselineOnMigrate, SkipValidate: cfg.SkipValidateOnMigrate,
		ValidateNaming: cfg.ValidateMigrationNaming, Mixed: cfg.Mixed, Group: cfg.Group, CleanEnabled: cfg.CleanEnabled,
		LockRetryCount: cfg.LockRetryCount, LockRetries: cfg.LockTimeoutRetries, LockRetryDelay: cfg.LockTimeoutRetryDelay,
		Placeholders: cfg.Placeholders,
	}
	for _, l := range cfg.Locations {
		v.Locations = append(v.Locations, l.Name)
	}
	return v, nil
}

// flywayDefaults is what the runner gets with no configuration and no flags.
var flywayDefaults = runnerView{
	Locations: []string{"sql"}, IgnorePatterns: []string{"*:future"}, Table: "flyway_schema_history",
	Target: "latest", BaselineVersion: "1", BaselineDesc: "<< Flyway Baseline >>", LockRetryCount: 50,
	LockRetries: 10, LockRetryDelay: 500 * time.Millisecond,
}

func TestRunnerSettings(t *testing.T) {
	t.Chdir(t.TempDir())
	for _, dir := range []string{"sql", "db/a", "db/b", "flag"} {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	full := `flyway.locations=filesystem:db/a,filesystem:db/b
flyway.schemas=app,audit
flyway.defaultSchema=audit
flyway.table=history
flyway.target=7
flyway.outOfOrder=true
flyway.baselineVersion=3
flyway.baselineDescription=legacy
flyway.baselineOnMigrate=true
flyway.validateOnMigrate=false
flyway.validateMigrationNaming=true
flyway.ignoreMigrationPatterns=*:missing
flyway.installedBy=ci
flyway.mixed=true
flyway.group=true
flyway.lockRetryCount=0
pgshape.lockRetries=0
pgshape.lockRetryDelay=2s
flyway.cleanDisabled=false
flyway.placeholders.Owner=shop
flyway.placeholders.env=dev
`
	fromFull := runnerView{
		Locations: []string{"db/a", "db/b"}, Schemas: []string{"app", "audit"}, IgnorePatterns: []string{"*:missing"},
		DefaultSchema: "audit", Table: "history", Target: "7", BaselineVersion: "3", BaselineDesc: "legacy",
		InstalledBy: "ci", OutOfOrder: true, BaselineOnMigrate: true, SkipValidate: true, ValidateNaming: true,
		Mixed: true, Group: true, CleanEnabled: true, LockRetryCount: -1, LockRetries: -1, LockRetryDelay: 2 * time.Second,
		Placeholders: map[string]string{"owner": "shop", "env": "dev"},
	}
	with := func(v runnerView, change func(*runnerView)) runnerView { change(&v); return v }

	for _, tc := range []struct {
		name    string
		conf    string
		environ []string
		args    []string
		want    runnerView
	}{
		{"defaults", "", nil, nil, flywayDefaults},
		{"every setting from the file", full, nil, nil, fromFull},
		{"environment over the file", full, []string{"FLYWAY_TABLE=from_env", "FLYWAY_PLACEHOLDERS_ENV=ci", "FLYWAY_CLEAN_DISABLED=true",
			"PGSHAPE_LOCK_RETRIES=4", "PGSHAPE_LOCK_RETRY_DELAY=750ms"}, nil,
			with(fromFull, func(v *runnerView) {
				v.Table, v.CleanEnabled = "from_env", false
				v.LockRetries, v.LockRetryDelay = 4, 750*time.Millisecond
				v.Placeholders = map[string]string{"owner": "shop", "env": "ci"}
			})},
		{"flags over environment and file", full, []string{"FLYWAY_TABLE=from_env"},
			[]string{"--table", "from_flag", "--migrations", "flag", "--schemas", "x", "--target", "latest",
				"--out-of-order=false", "--validate-on-migrate", "--group=false", "--lock-retry-count", "5",
				"--clean-enabled=false", "--placeholder", "ENV=flag", "--ignore-migration-patterns", "*:future",
				"--lock-retries", "3", "--lock-retry-delay", "100ms"},
			with(fromFull, func(v *runnerView) {
				v.Table, v.Locations, v.Schemas, v.Target = "from_flag", []string{"flag"}, []string{"x"}, "latest"
				v.OutOfOrder, v.SkipValidate, v.Group, v.LockRetryCount, v.CleanEnabled = false, false, false, 5, false
				v.IgnorePatterns = []string{"*:future"}
				v.LockRetries, v.LockRetryDelay = 3, 100*time.Millisecond
				v.Placeholders = map[string]string{"owner": "shop", "env": "flag"} // per key
			})},
		{"cleanDisabled=true keeps clean off", "flyway.cleanDisabled=true\n", nil, nil, flywayDefaults},
		{"--clean-enabled over cleanDisabled=true", "flyway.cleanDisabled=true\n", nil, []string{"--clean-enabled"},
			with(flywayDefaults, func(v *runnerView) { v.CleanEnabled = true })},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := runnerConfig(t, loadConf(t, tc.conf, tc.environ...), tc.args...)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got  %+v\nwant %+v", got, tc.want)
			}
		})
	}
}

func TestConnURL(t *testing.T) {
	for _, tc := range []struct {
		name, conf string
		environ    []string
		flag       *string
		want       string
	}{
		{"none", "", nil, nil, ""},
		{"DATABASE_URL", "", []string{"DATABASE_URL=postgres://d/x"}, nil, "postgres://d/x"},
		{"file over DATABASE_URL", "flyway.url=jdbc:postgresql://f/x\n", []string{"DATABASE_URL=postgres://d/x"}, nil, "postgres://f/x"},
		{"FLYWAY_URL over file", "flyway.url=jdbc:postgresql://f/x\n", []string{"FLYWAY_URL=postgres://e/x"}, nil, "postgres://e/x"},
		{"flag over FLYWAY_URL", "", []string{"FLYWAY_URL=postgres://e/x"}, ptr("postgres://flag/x"), "postgres://flag/x"},
		{"credentials merged into the file's URL", "flyway.url=jdbc:postgresql://f/x\nflyway.user=u\nflyway.password=p w\n", nil, nil, "postgres://u:p%20w@f/x"},
		{"credentials merged into the flag's URL", "flyway.user=u\nflyway.password=pw\n", nil, ptr("postgres://flag/x"), "postgres://u:pw@flag/x"},
		{"the flag's own user wins", "flyway.user=u\nflyway.password=pw\n", nil, ptr("postgres://me@flag/x"), "postgres://me:pw@flag/x"},
		{"a jdbc flag is converted", "", nil, ptr("jdbc:postgresql://flag/x?currentSchema=app"), "postgres://flag/x?search_path=app"},
		{"credentials alone", "flyway.user=u\nflyway.password=pw\n", nil, nil, "user='u' password='pw'"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := loadConf(t, tc.conf, tc.environ...)
			var f string
			cmd := &cobra.Command{Use: "test"}
			cmd.Flags().StringVar(&f, "url", "", "")
			if tc.flag != nil {
				if err := cmd.ParseFlags([]string{"--url", *tc.flag}); err != nil {
					t.Fatal(err)
				}
			}
			got, err := connURL(cmd, f, s, &strings.Builder{})
			if err != nil || got != tc.want {
				t.Errorf("connURL = %q, %v; want %q", got, err, tc.want)
			}
		})
	}
}

func ptr(s string) *string { return &s }

func TestPlanSettings(t *testing.T) {
	conf := `flyway.url=jdbc:postgresql://f/x
flyway.locations=filesystem:db/one,filesystem:db/two
flyway.schemas=app
flyway.placeholders.note=hi
pgshape.schema=db/schema
pgshape.devUrl=postgres://dev@scratch/postgres
pgshape.allowHazards=data-loss
pgshape.includeSchemas=app,audit
pgshape.excludeSchemas=scratch
pgshape.ignore=audit.*,public.spatial_ref_sys
pgshape.online=false
pgshape.lockTimeout=2s
pgshape.longStatementTimeout=3h
`
	for _, tc := range []struct {
		name string
		args []string
		want func(o *planner.Options, p *planner.Project)
	}{
		{"from the file", nil, func(o *planner.Options, p *planner.Project) {}},
		{"flags win", []string{"--schema", "s", "--migrations", "m", "--dev-url", "postgres://d/p", "--ignore", "x.*", "--placeholder", "note=flag",
			"--online", "--lock-timeout", "500ms"},
			func(o *planner.Options, p *planner.Project) {
				p.SchemaDir, p.MigrationsDirs, o.DevURL = "s", []string{"m"}, "postgres://d/p"
				o.SQL.Plain, o.SQL.Timeouts.Lock = false, "500ms"
				o.Scope.Ignore = []string{"x.*"}
				p.Replay.Placeholders = map[string]string{"note": "flag"}
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var f planFlags
			cmd := &cobra.Command{Use: "test"}
			f.register(cmd)
			if err := cmd.ParseFlags(tc.args); err != nil {
				t.Fatal(err)
			}
			got, gotProject, err := f.options(cmd, loadConf(t, conf))
			if err != nil {
				t.Fatal(err)
			}
			want := planner.Options{
				DevURL: "postgres://dev@scratch/postgres",
				Scope: planner.Scope{IncludeSchemas: []string{"app", "audit"}, ExcludeSchemas: []string{"scratch"},
					Ignore: []string{"audit.*", "public.spatial_ref_sys"}},
				History: model.QName{Schema: "app", Name: "flyway_schema_history"},
			}
			wantProject := planner.Project{URL: "postgres://f/x", SchemaDir: "db/schema", MigrationsDirs: []string{"db/one", "db/two"}}
			wantProject.Replay.Placeholders = map[string]string{"note": "hi"}
			wantProject.Replay.Schemas = []string{"app"}
			want.SQL = planner.SQLOptions{Plain: true, Timeouts: emitter.Timeouts{Lock: "2s", Statement: "1min", Long: "3h"}}
			want.Cache = statecache.Cache{Dir: statecache.Default()}
			tc.want(&want, &wantProject)
			got.Logf, got.Progress = nil, nil // functions and a tracker made per run
			if !reflect.DeepEqual(got, want) {
				t.Errorf("got  %+v\nwant %+v", got, want)
			}
			if !reflect.DeepEqual(gotProject, wantProject) {
				t.Errorf("got  %+v\nwant %+v", gotProject, wantProject)
			}
			if hazards := strings.Join(f.allowHazards, ","); hazards != "data-loss" {
				t.Errorf("allowHazards %q, want data-loss", hazards)
			}
		})
	}
}

func TestUnknownHazardInConfigNamesTheFile(t *testing.T) {
	var f planFlags
	cmd := &cobra.Command{Use: "test"}
	f.register(cmd)
	_, _, err := f.options(cmd, loadConf(t, "flyway.table=x\npgshape.allowHazards=data-loss,dataloss\n"))
	want := `config: test.conf:2: pgshape.allowHazards: unknown hazard "dataloss"`
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Fatalf("error %v, want %s...", err, want)
	}
}

// Every command's help, given a configuration and an environment full of
// passwords, shows none of them.
func TestHelpShowsNoPassword(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"flyway.conf": "flyway.url=jdbc:postgresql://db/x?password=pw-in-url-1\nflyway.password=pw-in-conf-2\npgshape.devUrl=postgres://u:pw-in-dev-3@h/p\n",
	})
	t.Chdir(dir)
	t.Setenv("FLYWAY_PASSWORD", "pw-in-env-4")
	t.Setenv("DATABASE_URL", "postgres://u:pw-in-env-5@h/x")
	t.Setenv("FLYWAY_URL", "postgres://u:pw-in-env-6@h/x")
	for _, command := range []string{"plan", "generate", "migrate", "info", "validate", "baseline", "repair", "clean"} {
		code, stdout, stderr := pgshape(t, command, "--help", "--config", "flyway.conf")
		if code != 0 || !strings.Contains(stdout, "--config") {
			t.Fatalf("%s --help: exit %d\n%s%s", command, code, stdout, stderr)
		}
		if strings.Contains(stdout+stderr, "pw-in-") {
			t.Errorf("%s --help shows a password:\n%s%s", command, stdout, stderr)
		}
	}
}

// The files read: --config, else FLYWAY_CONFIG_FILES, else Flyway's defaults.
func TestConfigFiles(t *testing.T) {
	home, dir := t.TempDir(), t.TempDir()
	writeFiles(t, home, map[string]string{"flyway.toml": ""})
	writeFiles(t, dir, map[string]string{"flyway.toml": "", "flyway.conf": ""})
	t.Setenv("HOME", home)
	t.Chdir(dir)
	for _, tc := range []struct {
		name, environ string
		args          []string
		want          []string
	}{
		{"defaults", "", nil, []string{filepath.Join(home, "flyway.toml"), filepath.Join(dir, "flyway.toml")}},
		{"FLYWAY_CONFIG_FILES", "a.conf, b.toml", nil, []string{"a.conf", "b.toml"}},
		{"--config over FLYWAY_CONFIG_FILES", "a.conf", []string{"--config", "x.conf", "--config", "y.toml"}, []string{"x.conf", "y.toml"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("FLYWAY_CONFIG_FILES", tc.environ)
			var g globalFlags
			root := &cobra.Command{Use: "test"}
			g.register(root)
			if err := root.ParseFlags(tc.args); err != nil {
				t.Fatal(err)
			}
			if got := g.files(root); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("files %q, want %q", got, tc.want)
			}
		})
	}
}
