package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"

	"github.com/pgshape/pgshape/parser"
)

// version and commit are set when a release is built:
//
//	go build -ldflags "-X main.version=v1.4.0 -X main.commit=$(git rev-parse HEAD)" ./cmd/pgshape
//
// Left empty, they come from what the Go toolchain records in the binary: the
// module version for go install ...@v1.4.0; for a build from a source checkout,
// "(devel)" and the commit go build records (vcs.revision, and vcs.modified
// when the checkout had uncommitted changes). Go 1.24 and later make up a
// pseudo-version for such a build (v0.0.0-20250101120000-0123abcd+dirty):
// the commit line says the same more plainly.
var version, commit string

// pgQueryModule is the module that holds the parser's grammar.
const pgQueryModule = "github.com/pganalyze/pg_query_go/v5"

func newVersionCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print pgshape's version and commit, the Go version and the PostgreSQL grammar it reads",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := fmt.Fprint(cmd.OutOrStdout(), versionText())
			return err
		},
	}
}

// versionText is what pgshape version and pgshape --version print.
func versionText() string {
	info, _ := debug.ReadBuildInfo()
	return describeBuild(buildFacts{
		version: version, commit: commit, info: info,
		goVersion: runtime.Version() + " " + runtime.GOOS + "/" + runtime.GOARCH,
		grammar:   parser.GrammarVersion(),
	})
}

// buildFacts are what describeBuild reports: the values set at build time
// (empty when not), the binary's build information (nil when unavailable), the
// Go toolchain and the PostgreSQL grammar version.
type buildFacts struct {
	version, commit    string
	info               *debug.BuildInfo
	goVersion, grammar string
}

// describeBuild says which pgshape this is, one fact a line:
//
//	pgshape v1.4.0
//	  commit:  0123abcd... (modified: built with uncommitted changes)
//	  go:      go1.24.2 linux/amd64
//	  grammar: PostgreSQL 16.1 (github.com/pganalyze/pg_query_go/v5 v5.1.0)
func describeBuild(f buildFacts) string {
	v, c, modified, pgQuery := f.version, f.commit, false, ""
	if f.info != nil {
		checkout := false
		for _, s := range f.info.Settings {
			switch s.Key {
			case "vcs.revision":
				checkout = true
				if c == "" {
					c = s.Value
				}
			case "vcs.modified":
				modified = s.Value == "true" && f.commit == ""
			}
		}
		if v == "" && !checkout {
			v = f.info.Main.Version
		}
		for _, d := range f.info.Deps {
			if d.Path == pgQueryModule {
				pgQuery = " (" + d.Path + " " + d.Version + ")"
			}
		}
	}
	if v == "" {
		v = "(devel)"
	}
	if c == "" {
		c = "unknown"
	}
	if modified {
		c += " (modified: built with uncommitted changes)"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "pgshape %s\n", v)
	fmt.Fprintf(&b, "  commit:  %s\n", c)
	fmt.Fprintf(&b, "  go:      %s\n", f.goVersion)
	fmt.Fprintf(&b, "  grammar: PostgreSQL %s%s\n", f.grammar, pgQuery)
	return b.String()
}
