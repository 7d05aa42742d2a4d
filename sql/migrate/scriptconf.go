package migrate

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"strings"
)

// scriptConf is a migration's per-file configuration, read from a sibling file
// named after it plus ".conf" (V2__x.sql.conf), in Java properties syntax.
type scriptConf struct {
	executeInTransaction bool
}

// readScriptConf reads path, or returns the defaults when there is no such file.
func readScriptConf(fsys fs.FS, path string) (scriptConf, error) {
	conf := scriptConf{executeInTransaction: true}
	content, err := fs.ReadFile(fsys, path)
	if errors.Is(err, fs.ErrNotExist) {
		return conf, nil
	}
	if err != nil {
		return conf, fmt.Errorf("migrate: read %s: %w", path, err)
	}
	sc := bufio.NewScanner(strings.NewReader(string(content)))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' || line[0] == '!' {
			continue
		}
		key, value, ok := strings.Cut(line, "=")
		if !ok {
			key, value, ok = strings.Cut(line, ":")
		}
		key, value = strings.TrimSpace(key), strings.TrimSpace(value)
		switch {
		case !ok:
			return conf, fmt.Errorf("migrate: %s line %d: expected key=value", path, n)
		case key == "executeInTransaction":
			switch strings.ToLower(value) {
			case "true":
				conf.executeInTransaction = true
			case "false":
				conf.executeInTransaction = false
			default:
				return conf, fmt.Errorf("migrate: %s line %d: executeInTransaction must be true or false, not %q", path, n, value)
			}
		case key == "encoding" && strings.EqualFold(strings.ReplaceAll(value, "-", ""), "utf8"):
		default:
			return conf, fmt.Errorf("migrate: %s line %d: unsupported setting %q (pgshape knows executeInTransaction)", path, n, key)
		}
	}
	return conf, sc.Err()
}
