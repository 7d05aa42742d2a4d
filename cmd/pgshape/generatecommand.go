package main

import (
	"regexp"
	"strings"

	"github.com/spf13/cobra"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/emitter"
	"github.com/pgshape/pgshape/internal/shadow"
	"github.com/pgshape/pgshape/review"
)

// generateCommand is the pgshape generate command line that writes the
// migration check found missing: the flags given to check that shape the plan
// (configuration, locations, placeholders, scope), with --allow-hazards for
// the refused hazards the plan has, so that it runs as printed. Passwords in
// --dev-url are masked: secrets never reach output, CI logs least of all.
func generateCommand(cmd *cobra.Command, g *globalFlags, f *planFlags, r *review.Review, plan *emitter.Plan) string {
	args := []string{"pgshape", "generate", review.SuggestMigrationName(r.Objects)}
	changed := func(name string) bool {
		fl := cmd.Flag(name)
		return fl != nil && fl.Changed
	}
	add := func(flag string, values ...string) {
		for _, v := range values {
			args = append(args, flag, shellQuote(v))
		}
	}
	if changed("config") {
		add("--config", g.configFiles...)
	}
	if changed("env") {
		add("--env", g.env)
	}
	if changed("schema") {
		add("--schema", f.schemaDir)
	}
	if changed("migrations") {
		add("--migrations", strings.Join(trimAll(f.migrations), ","))
	}
	add("--placeholder", f.placeholders...)
	if changed("dev-url") {
		add("--dev-url", shadow.Redact(f.devURL))
	}
	for _, s := range []struct {
		flag   string
		values []string
	}{
		{"--include-schema", f.scope.IncludeSchemas},
		{"--exclude-schema", f.scope.ExcludeSchemas},
		{"--ignore", f.scope.Ignore},
	} {
		if changed(strings.TrimPrefix(s.flag, "--")) && len(s.values) > 0 {
			add(s.flag, strings.Join(s.values, ","))
		}
	}
	if changed("with-owners") && f.withOwners {
		args = append(args, "--with-owners")
	}
	// Every kind the default policy refuses, whatever check was given: the
	// command is to be run after the hazards are reviewed.
	if kinds := (differ.HazardPolicy{}).RefusedKinds(plan.Changes); len(kinds) > 0 {
		add("--allow-hazards", differ.JoinHazardKinds(kinds, ","))
	}
	return strings.Join(args, " ")
}

// shellSafe matches words a POSIX shell reads back unchanged.
var shellSafe = regexp.MustCompile(`^[A-Za-z0-9_./:=,@%+-]+$`)

// shellQuote quotes s for a POSIX shell when it needs it.
func shellQuote(s string) string {
	if shellSafe.MatchString(s) {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
