//go:build linux

package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// buildPgshape builds cmd/pgshape of the checkout we run in into dir.
func buildPgshape(ctx context.Context, dir string) (string, error) {
	bin := filepath.Join(dir, "pgshape")
	cmd := exec.CommandContext(ctx, "go", "build", "-o", bin, "github.com/pgshape/pgshape/cmd/pgshape")
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("stallbench: go build pgshape (run from the pgshape checkout): %w\n%s", err, out)
	}
	return bin, nil
}

// pgshape runs the pgshape binary for one operation's measurement, in a work
// directory of its own (schema/, sql/), and keeps what it printed in logDir.
type pgshape struct {
	bin    string
	dbURL  string
	work   string // holds schema/ and sql/
	logDir string // generate.log, migrate.log, the generated files
}

// run runs pgshape with args, writing its stdout and stderr to logName in logDir,
// and returns what it wrote there.
func (p *pgshape) run(ctx context.Context, logName string, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, p.bin, args...)
	cmd.Dir = p.work
	cmd.Env = cleanEnv()
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	text := "$ pgshape " + strings.Join(args, " ") + "\n" + out.String()
	if err != nil {
		text += fmt.Sprintf("(%v)\n", err)
	}
	if werr := os.WriteFile(filepath.Join(p.logDir, logName), []byte(text), 0o644); werr != nil {
		return out.String(), errors.Join(err, werr)
	}
	return out.String(), err
}

// generated is what generate wrote.
type generated struct {
	files        []string // file names, in version order
	allowHazards string   // the refusal that made us pass --allow-hazards all; "" when not needed
}

// generate writes sh's schema into the work directory and runs generate into a
// fresh migrations directory. When pgshape refuses a hazard, it runs again with
// --allow-hazards all and says so.
func (p *pgshape) generate(ctx context.Context, name string, sh shape) (generated, error) {
	var g generated
	schemaDir, migrations := filepath.Join(p.work, "schema"), filepath.Join(p.work, "sql")
	for _, d := range []string{schemaDir, migrations} {
		if err := os.RemoveAll(d); err != nil {
			return g, err
		}
		if err := os.MkdirAll(d, 0o755); err != nil {
			return g, err
		}
	}
	if err := os.WriteFile(filepath.Join(schemaDir, "stall.sql"), []byte(sh.sql()), 0o644); err != nil {
		return g, err
	}
	args := []string{"generate", name, "--url", p.dbURL, "--schema", schemaDir, "--migrations", migrations}
	out, err := p.run(ctx, "generate.log", args...)
	if err != nil && strings.Contains(strings.ToLower(out), "hazard") {
		g.allowHazards = firstLine(out)
		out, err = p.run(ctx, "generate-allow-hazards.log", append(args, "--allow-hazards", "all")...)
	}
	if err != nil {
		return g, fmt.Errorf("generate: %s", failText(out, err))
	}
	entries, err := os.ReadDir(migrations)
	if err != nil {
		return g, err
	}
	for _, e := range entries {
		g.files = append(g.files, e.Name())
		b, err := os.ReadFile(filepath.Join(migrations, e.Name()))
		if err != nil {
			return g, err
		}
		if err := os.WriteFile(filepath.Join(p.logDir, e.Name()), b, 0o644); err != nil {
			return g, err
		}
	}
	sort.Strings(g.files)
	return g, nil
}

// migrate applies the generated files, baselining the database (which has no
// history table) at version 0 first. It returns the number of lines of its output
// that mention a retry.
func (p *pgshape) migrate(ctx context.Context) (retries int, err error) {
	out, err := p.run(ctx, "migrate.log", "migrate", "--url", p.dbURL, "--migrations", filepath.Join(p.work, "sql"),
		"--baseline-on-migrate", "--baseline-version", "0")
	retries = len(retryRE.FindAllString(out, -1))
	if err != nil {
		return retries, fmt.Errorf("migrate: %s", failText(out, err))
	}
	return retries, nil
}

// retryRE matches the runner's retry lines ("V2__x.sql line 3: ... on attempt 1 of 6;
// running the statement again in 200ms; ...") and any other line about a retry.
var retryRE = regexp.MustCompile(`(?im)^.*(retr(y|ies|ied|ying)|on attempt \d+ of \d+).*$`)

// plan returns what pgshape plan prints for sh against the database: nothing when
// the database has sh's shape.
func (p *pgshape) plan(ctx context.Context, logName string, sh shape) (string, error) {
	schemaDir := filepath.Join(p.work, "check")
	if err := os.RemoveAll(schemaDir); err != nil {
		return "", err
	}
	if err := os.MkdirAll(schemaDir, 0o755); err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(schemaDir, "stall.sql"), []byte(sh.sql()), 0o644); err != nil {
		return "", err
	}
	cmd := exec.CommandContext(ctx, p.bin, "plan", "--url", p.dbURL, "--schema", schemaDir, "--allow-hazards", "all")
	cmd.Dir = p.work
	cmd.Env = cleanEnv()
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	_ = os.WriteFile(filepath.Join(p.logDir, logName), append(stdout.Bytes(), stderr.Bytes()...), 0o644)
	if err != nil {
		return "", fmt.Errorf("plan: %s", failText(stderr.String(), err))
	}
	return strings.TrimSpace(stdout.String()), nil
}

// cleanEnv is our environment without what would point pgshape at another
// database or configuration.
func cleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "PG") || strings.HasPrefix(kv, "FLYWAY_") || strings.HasPrefix(kv, "DATABASE_URL=") {
			continue
		}
		env = append(env, kv)
	}
	return env
}

// failText says why a pgshape run failed: the last line it printed, else how it
// ended.
func failText(out string, err error) string {
	if line := lastLine(out); line != "" {
		return line
	}
	return err.Error()
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

func lastLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		return s[i+1:]
	}
	return s
}
