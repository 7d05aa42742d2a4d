package migrate

import (
	"errors"
	"fmt"
	"strings"
)

// Kind says how a migration is applied.
type Kind int

const (
	// Versioned migrations (V<version>__<description>.sql) run once, in version order.
	Versioned Kind = iota + 1
	// Repeatable migrations (R__<description>.sql) run after the versioned ones, and
	// again whenever their checksum changes.
	Repeatable
)

func (k Kind) String() string {
	switch k {
	case Versioned:
		return "versioned"
	case Repeatable:
		return "repeatable"
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// File is one migration file.
type File struct {
	// Path is the file's path in the migrations fs.FS, slash-separated; Flyway
	// stores it as the script name.
	Path string
	Kind Kind
	// Version is zero for repeatable migrations.
	Version Version
	// Description is the file name after "__", without the suffix, with "_" turned
	// into spaces, as Flyway stores it.
	Description string
	// Checksum is Flyway's checksum of the file's content (see Checksum).
	Checksum int32
}

// Name returns the file's base name.
func (f File) Name() string {
	if i := strings.LastIndexByte(f.Path, '/'); i >= 0 {
		return f.Path[i+1:]
	}
	return f.Path
}

const (
	separator = "__"
	suffix    = ".sql"
)

// ErrNotMigration is returned (wrapped) by ParseName for names that are not
// migration file names.
var ErrNotMigration = errors.New("not a migration file name")

// ParseName parses a migration file's base name into a File with Path set to name
// and no checksum. The prefix (V, R) and the .sql suffix are case-insensitive. The
// version ends at the first "__"; the rest is the description.
func ParseName(name string) (File, error) {
	fail := func(why string) (File, error) {
		return File{}, fmt.Errorf("%w: %s: %s", ErrNotMigration, name, why)
	}
	if strings.ContainsAny(name, `/\`) {
		return fail("a path, not a file name")
	}
	if len(name) < len(suffix) || !strings.EqualFold(name[len(name)-len(suffix):], suffix) {
		return fail("no .sql suffix")
	}
	stem := name[:len(name)-len(suffix)]
	if stem == "" {
		return fail("no V or R prefix")
	}
	var kind Kind
	switch stem[0] {
	case 'V', 'v':
		kind = Versioned
	case 'R', 'r':
		kind = Repeatable
	default:
		return fail("no V or R prefix")
	}
	version, desc, ok := strings.Cut(stem[1:], separator)
	if !ok {
		return fail("no " + separator + " after the version")
	}
	f := File{Path: name, Kind: kind, Description: strings.ReplaceAll(desc, "_", " ")}
	switch kind {
	case Repeatable:
		if version != "" {
			return fail("a repeatable migration has no version (R__description.sql)")
		}
	case Versioned:
		v, err := ParseVersion(version)
		if err != nil {
			return fail(err.Error())
		}
		f.Version = v
	}
	return f, nil
}
