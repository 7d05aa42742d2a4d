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

// Get returns the catalog stored under key, or false. An entry that cannot
// be read (written by another version, or cut short) is a miss, and removed.
func (c Cache) Get(key string) (*model.Catalog, bool) {
	if c.Dir == "" {
		return nil, false
	}
	path := c.path(key)
	f, err := os.Open(path)
	if err != nil {
		return nil, false
	}
	defer f.Close()
	var cat model.Catalog
	if err := gob.NewDecoder(bufio.NewReaderSize(f, 1<<20)).Decode(&cat); err != nil {
		os.Remove(path)
		return nil, false
	}
	now := time.Now()
	os.Chtimes(path, now, now) // used: the last to be removed
	return &cat, true
}

// Put stores cat under key, then removes the entries least recently used
// beyond the few it keeps. The entry is written to a temporary file and
// renamed, so that a reader never sees half of it, and two plans at once do
// not mix theirs.
func (c Cache) Put(key string, cat *model.Catalog) error {
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
	err = gob.NewEncoder(w).Encode(cat)
	if err == nil {
		err = w.Flush()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), c.path(key))
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("cache: %w", err)
	}
	c.prune()
	return nil
}

func (c Cache) path(key string) string { return filepath.Join(c.Dir, key+suffix) }

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
	k.Add("pgshape state cache 1", kind, buildID())
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
