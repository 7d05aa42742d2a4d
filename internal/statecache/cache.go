package statecache

import (
	"bufio"
	"crypto/sha256"
	"encoding/binary"
	"encoding/gob"
	"encoding/hex"
	"fmt"
	"hash"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/pgshape/pgshape/model"
)

// Cache is a directory of cached states; the zero Cache (no directory)
// keeps nothing.
type Cache struct {
	Dir string
}

// keep is how many entries Put leaves in the directory: the most recently
// used. A few let a user switch branches, or plan against two servers,
// without a miss.
const keep = 8

// suffix names the files of entries.
const suffix = ".state"

// Default is the cache directory when none is set: $XDG_CACHE_HOME/pgshape,
// else ~/.cache/pgshape (os.UserCacheDir); "" when neither is known.
func Default() string {
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "pgshape")
}

// Entry is a state as read back, with the statements it was read from.
type Entry struct {
	Catalog *model.Catalog
	// Statements are the statements loaded, in order: what a later load of
	// the same files with a few statements changed compares its own with.
	Statements []Statement
}

// Statement is a statement an entry's state was loaded from.
type Statement struct {
	// Hash is the statement's text and kind hashed (StatementHash).
	Hash [16]byte
	// Objects are the keys of the objects it creates or changes
	// (parser.Deps.Objects).
	Objects []string
}

// StatementHash is the hash of a statement for Statement.Hash.
func StatementHash(parts ...string) [16]byte {
	k := &Key{h: sha256.New()}
	k.Add(parts...)
	var out [16]byte
	copy(out[:], k.h.Sum(nil))
	return out
}

// Name names an entry: Key is everything its state depends on; Family is
// everything but the statements (the server, the options, the build), the
// entries a load of other statements can start from.
type Name struct {
	Family, Key string
}

// Get returns the entry stored under name, or false. An entry that cannot
// be read (written by another version, or cut short) is a miss, and removed.
func (c Cache) Get(name Name) (*Entry, bool) {
	if c.Dir == "" {
		return nil, false
	}
	return c.read(c.path(name))
}

// Latest returns the entry of family used last, with its name, or false:
// the state of the files as they were when last loaded on a like server.
func (c Cache) Latest(family string) (*Entry, Name, bool) {
	if c.Dir == "" {
		return nil, Name{}, false
	}
	paths, _ := filepath.Glob(filepath.Join(c.Dir, familyPrefix(family)+"*"+suffix))
	var latest string
	var used time.Time
	for _, p := range paths {
		if info, err := os.Stat(p); err == nil && info.ModTime().After(used) {
			latest, used = p, info.ModTime()
		}
	}
	if latest == "" {
		return nil, Name{}, false
	}
	e, ok := c.read(latest)
	if !ok {
		return nil, Name{}, false
	}
	key := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(latest), familyPrefix(family)), suffix)
	return e, Name{Family: family, Key: key}, true
}

func (c Cache) read(path string) (*Entry, bool) {
	f, err := os.Open(path)
	if err != nil {
		return nil, false
	}
	defer f.Close()
	var e Entry
	if err := gob.NewDecoder(bufio.NewReaderSize(f, 1<<20)).Decode(&e); err != nil || e.Catalog == nil {
		os.Remove(path)
		return nil, false
	}
	now := time.Now()
	os.Chtimes(path, now, now) // used: the last to be removed
	return &e, true
}

// Put stores e under name, then removes the entries least recently used
// beyond the few it keeps. The entry is written to a temporary file and
// renamed, so that a reader never sees half of it, and two plans at once do
// not mix theirs.
func (c Cache) Put(name Name, e *Entry) error {
	if c.Dir == "" {
		return nil
	}
	if err := os.MkdirAll(c.Dir, 0o700); err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	tmp, err := os.CreateTemp(c.Dir, "tmp-*")
	if err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	w := bufio.NewWriterSize(tmp, 1<<20)
	err = gob.NewEncoder(w).Encode(e)
	if err == nil {
		err = w.Flush()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), c.path(name))
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("cache: %w", err)
	}
	c.prune()
	return nil
}

// familyPrefix starts the file names of a family's entries.
func familyPrefix(family string) string { return family[:min(len(family), 16)] + "-" }

func (c Cache) path(name Name) string {
	return filepath.Join(c.Dir, familyPrefix(name.Family)+name.Key+suffix)
}

// prune removes the entries beyond the keep most recently used, and
// temporary files a killed plan left an hour ago or more.
func (c Cache) prune() {
	entries, err := os.ReadDir(c.Dir)
	if err != nil {
		return
	}
	type entry struct {
		name string
		used time.Time
	}
	var states []entry
	for _, e := range entries {
		info, err := e.Info()
		if err != nil || !info.Mode().IsRegular() {
			continue
		}
		switch {
		case strings.HasSuffix(e.Name(), suffix):
			states = append(states, entry{e.Name(), info.ModTime()})
		case strings.HasPrefix(e.Name(), "tmp-") && time.Since(info.ModTime()) > time.Hour:
			os.Remove(filepath.Join(c.Dir, e.Name()))
		}
	}
	sort.Slice(states, func(i, j int) bool { return states[i].used.After(states[j].used) })
	for _, e := range states[min(keep, len(states)):] {
		os.Remove(filepath.Join(c.Dir, e.name))
	}
}

// Key is the key of the parts: each is written with its length, so that
// no two lists of parts make the same key.
type Key struct{ h hash.Hash }

// NewKey starts a key for what kind of state it names ("desired state").
func NewKey(kind string) *Key {
	k := &Key{h: sha256.New()}
	k.Add("pgshape state cache 2", kind, buildID())
	return k
}

// Add adds parts to the key.
func (k *Key) Add(parts ...string) {
	var n [8]byte
	for _, p := range parts {
		binary.BigEndian.PutUint64(n[:], uint64(len(p)))
		k.h.Write(n[:])
		io.WriteString(k.h, p)
	}
}

// String is the key: hexadecimal, a file name.
func (k *Key) String() string { return hex.EncodeToString(k.h.Sum(nil)) }

// buildID names the running program by the SHA-256 of its executable: a
// state cached by one build of pgshape is never read by another, whose
// catalog queries or types may differ, whatever its version says.
var buildID = sync.OnceValue(func() string {
	path, err := os.Executable()
	if err == nil {
		var f *os.File
		if f, err = os.Open(path); err == nil {
			defer f.Close()
			h := sha256.New()
			if _, err = io.Copy(h, f); err == nil {
				return hex.EncodeToString(h.Sum(nil))
			}
		}
	}
	// Unknown: a key no other run makes, so nothing is read that another
	// build wrote.
	return fmt.Sprintf("unknown build %d %d", os.Getpid(), time.Now().UnixNano())
})
