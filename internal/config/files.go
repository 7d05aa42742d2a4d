package config

import (
	"os"
	"path/filepath"
)

// DefaultFiles returns the configuration files Flyway reads by default that
// exist, in Flyway's order (a later one wins): in the home directory, then in the
// working directory dir, flyway.toml and flyway.user.toml. Only when there is no
// TOML file are flyway.conf files used: TOML is Flyway 10's format, .conf its
// legacy one, and a project holding both would be configured twice. (Flyway also
// reads <install dir>/conf, which pgshape does not have, and replaces this list
// with its configFiles setting; FLYWAY_CONFIG_FILES is for the CLI to honour.)
// home may be empty. exists nil means a stat of the file system.
func DefaultFiles(home, dir string, exists func(path string) bool) []string {
	if exists == nil {
		exists = func(p string) bool {
			fi, err := os.Stat(p)
			return err == nil && fi.Mode().IsRegular()
		}
	}
	var dirs []string
	if home != "" {
		dirs = append(dirs, home)
	}
	if dir != "" && dir != home {
		dirs = append(dirs, dir)
	}
	find := func(names ...string) []string {
		var out []string
		for _, d := range dirs {
			for _, n := range names {
				if p := filepath.Join(d, n); exists(p) {
					out = append(out, p)
				}
			}
		}
		return out
	}
	if files := find("flyway.toml", "flyway.user.toml"); len(files) > 0 {
		return files
	}
	return find("flyway.conf")
}
