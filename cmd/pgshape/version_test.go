package main

import (
	"runtime/debug"
	"strings"
	"testing"
)

// TestVersionCommand: pgshape --version and pgshape version print the same
// facts; a test binary is no release, so its version is (devel).
func TestVersionCommand(t *testing.T) {
	code, flag, stderr := pgshape(t, "--version")
	if code != 0 || stderr != "" {
		t.Fatalf("--version: exit %d, stderr %q", code, stderr)
	}
	code, cmd, stderr := pgshape(t, "version")
	if code != 0 || stderr != "" {
		t.Fatalf("version: exit %d, stderr %q", code, stderr)
	}
	if flag != cmd {
		t.Errorf("--version printed\n%s\nversion printed\n%s", flag, cmd)
	}
	for _, want := range []string{"pgshape (devel)\n", "\n  go:      go1.", "\n  grammar: PostgreSQL 16."} {
		if !strings.Contains(cmd, want) {
			t.Errorf("version printed\n%s\nwant it to contain %q", cmd, want)
		}
	}
}

func TestDescribeBuild(t *testing.T) {
	deps := []*debug.Module{{Path: pgQueryModule, Version: "v5.1.0"}}
	checkout := []debug.BuildSetting{{Key: "vcs.revision", Value: "0123abcd"}, {Key: "vcs.modified", Value: "true"}}
	for _, c := range []struct {
		name            string
		version, commit string
		info            *debug.BuildInfo
		want            string // the first two lines
	}{
		{"no build information", "", "", nil, "pgshape (devel)\n  commit:  unknown\n"},
		{"go install @version", "", "", &debug.BuildInfo{Main: debug.Module{Version: "v1.4.0"}, Deps: deps},
			"pgshape v1.4.0\n  commit:  unknown\n"},
		{"source checkout", "", "", &debug.BuildInfo{Main: debug.Module{Version: "v0.0.0-20250101120000-0123abcd+dirty"}, Settings: checkout, Deps: deps},
			"pgshape (devel)\n  commit:  0123abcd (modified: built with uncommitted changes)\n"},
		{"set with -ldflags -X", "v1.5.0", "fedcba98", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: checkout, Deps: deps},
			"pgshape v1.5.0\n  commit:  fedcba98\n"},
	} {
		got := describeBuild(buildFacts{version: c.version, commit: c.commit, info: c.info, goVersion: "go1.24.2 linux/amd64", grammar: "16.1"})
		if !strings.HasPrefix(got, c.want) {
			t.Errorf("%s: got\n%s\nwant it to start with\n%s", c.name, got, c.want)
		}
		grammar := "  grammar: PostgreSQL 16.1\n"
		if c.info != nil {
			grammar = "  grammar: PostgreSQL 16.1 (github.com/pganalyze/pg_query_go/v5 v5.1.0)\n"
		}
		if !strings.HasSuffix(got, "  go:      go1.24.2 linux/amd64\n"+grammar) {
			t.Errorf("%s: got\n%s\nwant it to end with the go and grammar lines", c.name, got)
		}
	}
}
