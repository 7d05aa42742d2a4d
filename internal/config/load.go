package config

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// LoadOptions say what Load reads. Load itself touches nothing else: no
// working directory, no process environment.
type LoadOptions struct {
	// Files are the configuration files, in order: a later file wins. Names ending
	// in .toml are read as flyway.toml files, any other as .conf (Java
	// properties) files. DefaultFiles lists the ones Flyway reads by default.
	Files []string
	// Environment is the flyway.toml environment to use (--env); empty for the
	// files' [flyway] environment, else "default".
	Environment string
	// Environ is the process environment as os.Environ returns it ("NAME=value").
	// It is a list rather than a lookup function because FLYWAY_PLACEHOLDERS_<KEY>
	// variables must be enumerated. An empty variable counts as unset.
	Environ []string
	// ReadFile reads a file; nil means os.ReadFile.
	ReadFile func(name string) ([]byte, error)
}

// Load reads the configuration: the files in order, then the environment.
// Precedence, highest first (the CLI puts its flags above all of it):
//
//  1. FLYWAY_<NAME> and PGSHAPE_<NAME> environment variables;
//  2. the files, a later one over an earlier one; in flyway.toml files the chosen
//     [environments.<name>] over [flyway] and [pgshape], whichever file each is in
//     (Flyway merges the files before it picks the environment);
//  3. DATABASE_URL, for the URL only;
//  4. the PG* variables (PGHOST, PGUSER, PGPASSWORD, ...), which Load does not read:
//     pgx fills in every connection field the URL lacks from them (and .pgpass).
//
// Problems that do not stop pgshape come back as warnings, in a fixed order.
func Load(opts LoadOptions) (*Settings, []Warning, error) {
	env := newEnviron(opts.Environ)
	read := opts.ReadFile
	if read == nil {
		read = os.ReadFile
	}

	var global, tier2 []value
	var warnings []Warning
	var tomls []*tomlFile
	for _, path := range opts.Files {
		b, err := read(path)
		if err != nil {
			return nil, nil, fmt.Errorf("config: %w", err)
		}
		if strings.EqualFold(filepath.Ext(path), ".toml") {
			f, w, err := readTOML(path, string(b))
			if err != nil {
				return nil, nil, err
			}
			tomls = append(tomls, f)
			global = append(global, f.global...)
			warnings = append(warnings, w...)
			continue
		}
		vs, w := confValues(path, string(b), env)
		global = append(global, vs...)
		warnings = append(warnings, w...)
	}

	envName, err := chooseEnvironment(opts.Environment, global, tomls)
	if err != nil {
		return nil, nil, err
	}
	for _, f := range tomls {
		tier2 = append(tier2, f.environmentValues(envName)...)
	}

	final := map[string]value{}
	for _, layer := range [][]value{global, tier2, envValues(env)} {
		for _, v := range layer {
			if rest, ok := strings.CutPrefix(v.name, placeholderPrefix); ok {
				v.name = placeholderPrefix + strings.ToLower(rest)
			}
			final[v.name] = v
		}
	}
	delete(final, "environment")

	s := &Settings{Environment: envName, Sources: map[string]string{}}
	for _, name := range sortedKeys(final) {
		v := final[name]
		if v.resolve {
			w, err := resolveValue(&v, env)
			if err != nil {
				return nil, nil, err
			}
			warnings = append(warnings, w...)
		}
		if key, ok := strings.CutPrefix(name, placeholderPrefix); ok {
			x, err := v.str()
			if err != nil {
				return nil, nil, err
			}
			if s.Placeholders == nil {
				s.Placeholders = map[string]string{}
			}
			s.Placeholders[key] = x
			s.Sources[name] = v.where
			continue
		}
		st, ok := settingByName(name)
		if !ok {
			if msg := classify(name, v); msg != "" {
				warnings = append(warnings, Warning{v.where, msg})
			}
			continue
		}
		if err := st.apply(s, v); err != nil {
			return nil, nil, err
		}
		if name == "locations" {
			warnings = append(warnings, locationNotes(v)...)
		}
		s.Sources[name] = v.where
	}

	w, err := s.connect(env)
	if err != nil {
		return nil, nil, err
	}
	warnings = append(warnings, w...)
	sort.SliceStable(warnings, func(i, j int) bool { return naturalLess(warnings[i].Source, warnings[j].Source) })
	return s, warnings, nil
}

// resolveValue resolves ${env.NAME} in a flyway.toml connection value.
func resolveValue(v *value, env environ) ([]Warning, error) {
	s, ok := v.raw.(string)
	if !ok {
		return nil, nil
	}
	resolved, err := resolveTOML(s, env)
	if err != nil {
		return nil, v.fail(err)
	}
	v.raw = resolved
	if m := confVariable.FindString(resolved); m != "" {
		return []Warning{{v.where, fmt.Sprintf(
			"%s is kept as written: flyway.toml takes environment variables as ${env.%s}", m, m[2:len(m)-1])}}, nil
	}
	return nil, nil
}

// chooseEnvironment picks the flyway.toml environment: --env, else the last
// [flyway] environment (or flyway.environment in a .conf file), else "default".
// FLYWAY_ENVIRONMENT is not read: Flyway does not know it, and projects use it for
// their own purposes. A chosen name no file defines is an error;
// "default" may be missing, and then no environment applies.
func chooseEnvironment(flag string, global []value, tomls []*tomlFile) (string, error) {
	name, where := flag, "--env"
	if name == "" {
		for _, f := range tomls {
			if f.environment != "" {
				name, where = f.environment, f.envWhere
			}
		}
		for _, v := range global {
			if v.name == "environment" {
				name, where = v.text(), v.where
			}
		}
	}
	known := map[string]bool{}
	for _, f := range tomls {
		for n := range f.environments {
			known[n] = true
		}
	}
	if name == "" || (name == "default" && !known[name] && where != "--env") {
		if known["default"] {
			return "default", nil
		}
		return "", nil
	}
	if !known[name] {
		names := sortedKeys(known)
		list := "no file defines any environment"
		if len(names) > 0 {
			list = "the files define " + strings.Join(names, ", ")
		}
		return "", fmt.Errorf("config: %s: %w %q: %s", where, ErrUnknownEnvironment, name, list)
	}
	return name, nil
}
