package planner

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/pgshape/pgshape/internal/keygroups"
	"github.com/pgshape/pgshape/internal/shadow"
	"github.com/pgshape/pgshape/internal/statecache"
	"github.com/pgshape/pgshape/model"
	"github.com/pgshape/pgshape/parser"
)

// A plan after a few statements of a large schema changed should not load
// the whole schema again. loadChanged starts from the state an earlier load
// read back (a cache entry of the same family: same server, options, build)
// and loads only the statements about the objects that changed, those about
// the objects depending on them, and what all of these need, into a scratch
// database; the objects read back there replace theirs in the earlier state.
//
// It must give what loading every statement gives, or nothing: where it
// cannot tell, it declines (saying why) and the caller loads everything.
// - Which objects a statement creates or changes is the parser's
//   (parser.Deps); statements it does not follow (opaque, compared as a
//   whole, default privileges) decline. So do changes to extensions, whose
//   types and functions the state does not hold as objects.
// - Objects changed together (an index and its table, the tables one GRANT
//   names) form one group: a group is loaded with all of its statements.
// - A group depending on a changed one, by the files (Deps.Uses) or by the
//   earlier state's dependency edges, is loaded too, and so on through what
//   depends on it; but a table that depends on a changed group (its foreign
//   key, its default) is only checked: read back as before, what depends on
//   it cannot have changed. One that is not is taken as changed, and the load
//   is made again with what depends on it.
// - Names PostgreSQL chooses (an index's, a constraint's) avoid the names
//   that exist when it chooses them; a scratch database with part of the
//   objects may choose another. A loaded object with a name that another,
//   not loaded, has too, or that is a name of the loaded ones with digits
//   added, declines.

// maxLoadRounds is how many times loadChanged loads again after a table it
// only checked turned out changed.
const maxLoadRounds = 3

// loadChanged returns the state parsed reads back as, from prev's, when it
// can tell it by loading part of the statements (see above); else why not.
func loadChanged(ctx context.Context, srv *shadow.Server, parsed *parser.Result, hashed []statecache.Statement, prev *statecache.Entry,
	opts Options, what string) (_ *model.Catalog, declined string, _ error) {
	inc, declined := newIncrement(parsed, hashed, prev)
	if declined != "" {
		return nil, declined, nil
	}
	track := opts.Progress
	for range maxLoadRounds {
		load := inc.statementsToLoad()
		if len(load)*2 > len(parsed.Statements) && !opts.checkParts {
			return nil, "what the changes touch is half of it or more", nil
		}
		// An edited statement is one added and one removed.
		part, err := loadPart(ctx, srv, load, opts, what, max(len(inc.added), len(inc.removed)))
		if err != nil {
			if ctx.Err() != nil {
				return nil, "", err
			}
			// The part does not load on its own (a body naming a table left
			// out): the whole load tells whether the files do.
			return nil, "the changed part does not load on its own", nil
		}
		phase := track.Start("merge "+what+" (changed objects)", 0, "")
		changedTables := inc.uncheckedChanges(part)
		if len(changedTables) > 0 {
			phase.End()
			inc.propagate(changedTables)
			continue
		}
		merged, declined := inc.merge(part, load)
		phase.End()
		return merged, declined, nil
	}
	return nil, "tables that depend on the changes changed too, again and again", nil
}

// loadPart loads statements into a new scratch database and reads it back;
// changed is how many statements the edits changed.
func loadPart(ctx context.Context, srv *shadow.Server, stmts []parser.Statement, opts Options, what string, changed int) (*model.Catalog, error) {
	edited := fmt.Sprintf("%d statements changed and what they touch", changed)
	if changed == 1 {
		edited = "1 statement changed and what it touches"
	}
	return loadInto(ctx, srv, stmts, opts, "load "+what+" in part ("+edited+")",
		"inspect "+what+" (changed objects) loaded", shadow.Load)
}

// increment is what changed between an earlier load's statements and
// parsed's, and what that touches.
type increment struct {
	parsed *parser.Result
	prev   *model.Catalog
	// added are the indexes in parsed.Statements of statements the earlier
	// load did not have; removed, the earlier statements parsed does not.
	added   []int
	removed []statecache.Statement

	groups *keygroups.Groups
	// changed are the groups (by root key) loaded, with the keys of their
	// objects; checked, those of them only checked (tables that depend on a
	// changed group).
	changed, checked map[string]bool
	// statementsOf lists, by key, the statements that create or change it;
	// usersOf, the statements that need it; catalogUsers, the keys of the
	// earlier state's objects that depend on it.
	statementsOf, usersOf map[string][]int
	catalogUsers          map[string][]string
	// providers lists, by Deps.Provides, the statements that provide it.
	providers map[parser.RefID][]int
	// prevOwned are the earlier state's objects (Catalog.OwnedObjects, read
	// once); tables, the keys of its tables.
	prevOwned []model.Owned
	tables    map[string]bool
	// keyOf is the key of each object of the earlier state, and of the
	// catalog being merged, by ident.
	keyOf map[model.ObjectID]string
}

// newIncrement compares parsed's statements (hashed: as cache entries hold
// them) with prev's, and marks what the differences touch.
func newIncrement(parsed *parser.Result, hashed []statecache.Statement, prev *statecache.Entry) (_ *increment, declined string) {
	if len(prev.Catalog.Objects) > 0 || len(prev.Catalog.Unsupported) > 0 {
		return nil, "objects compared as a whole, or of kinds not compared"
	}
	inc := &increment{
		parsed: parsed, prev: prev.Catalog, groups: keygroups.New(),
		changed: map[string]bool{}, checked: map[string]bool{},
		statementsOf: map[string][]int{}, usersOf: map[string][]int{},
		catalogUsers: map[string][]string{}, tables: map[string]bool{},
		keyOf: map[model.ObjectID]string{},
	}
	earlier := map[[16]byte][]int{}
	for i, s := range prev.Statements {
		earlier[s.Hash] = append(earlier[s.Hash], i)
	}
	for i, s := range parsed.Statements {
		if s.Deps == nil {
			return nil, "a statement whose effects the parser does not follow (" + s.Kind + ")"
		}
		for _, k := range s.Deps.Objects {
			inc.statementsOf[k] = append(inc.statementsOf[k], i)
			inc.groups.Union(s.Deps.Objects[0], k)
		}
		for _, k := range s.Deps.Uses {
			inc.usersOf[k] = append(inc.usersOf[k], i)
		}
	}
	// Statements kept but loaded in another order (a GRANT and a REVOKE
	// swapped: what is left granted differs) count as removed and added.
	matched := make([]int, len(parsed.Statements)) // the earlier index, or -1
	for i, s := range hashed {
		matched[i] = -1
		h := s.Hash
		if list := earlier[h]; len(list) > 0 {
			matched[i], earlier[h] = list[0], list[1:]
		}
	}
	inOrder := increasingRun(matched)
	for i, j := range matched {
		switch {
		case j < 0:
			inc.added = append(inc.added, i)
		case !inOrder[i]:
			inc.added = append(inc.added, i)
			inc.removed = append(inc.removed, prev.Statements[j])
		}
	}
	for _, list := range earlier {
		for _, i := range list {
			inc.removed = append(inc.removed, prev.Statements[i])
		}
	}
	var start []string
	for _, i := range inc.added {
		start = append(start, parsed.Statements[i].Deps.Objects...)
		if len(parsed.Statements[i].Deps.Objects) == 0 {
			return nil, "a new statement that changes no object the parser follows"
		}
	}
	for _, s := range inc.removed {
		if len(s.Objects) == 0 {
			return nil, "a statement gone that changed no object the parser follows"
		}
		for _, k := range s.Objects {
			inc.groups.Union(s.Objects[0], k)
		}
		start = append(start, s.Objects...)
	}
	for _, k := range start {
		if !isObjectKey(k) {
			return nil, "an extension changed" // its types and functions are no objects of the state
		}
	}
	inc.readCatalog()
	inc.propagate(start)
	return inc, ""
}

// increasingRun marks the positions of a longest increasing subsequence of
// the non-negative values of seq (negative values are never marked).
func increasingRun(seq []int) []bool {
	var tails []int // tails[k]: the position ending the best run of length k+1
	prev := make([]int, len(seq))
	for i, v := range seq {
		if v < 0 {
			continue
		}
		k := sort.Search(len(tails), func(k int) bool { return seq[tails[k]] >= v })
		prev[i] = -1
		if k > 0 {
			prev[i] = tails[k-1]
		}
		if k == len(tails) {
			tails = append(tails, i)
		} else {
			tails[k] = i
		}
	}
	marked := make([]bool, len(seq))
	if len(tails) > 0 {
		for i := tails[len(tails)-1]; i >= 0; i = prev[i] {
			marked[i] = true
		}
	}
	return marked
}

// isObjectKey reports whether k names a relation, type, function,
// collation or schema: what loadChanged loads part of. (A schema's users
// are every object in it: its comment edited loads them all.)
func isObjectKey(k string) bool { return k != "" && strings.ContainsRune("rfcs", rune(k[0])) }

// readCatalog indexes the earlier state: the key of each object, its
// tables, and which objects depend on which.
func (inc *increment) readCatalog() {
	inc.prevOwned = inc.prev.OwnedObjects()
	for _, o := range inc.prevOwned {
		k := ownedKey(o)
		inc.keyOf[o.Ident()] = k
		if _, ok := o.(*model.Table); ok {
			inc.tables[k] = true
		}
	}
	owner := ownersOf(inc.prev)
	for _, d := range inc.prev.Dependencies {
		from, to := inc.keyOf[owner(d.From)], inc.keyOf[owner(d.To)]
		if from != "" && to != "" && from != to {
			inc.catalogUsers[to] = append(inc.catalogUsers[to], from)
		}
	}
}

// ownedKey is the key of an object, as parser.Deps names it.
func ownedKey(o model.Owned) string {
	switch o := o.(type) {
	case *model.Schema:
		return parser.SchemaKey(o.Name)
	case *model.Collation:
		return parser.CollationKey(o.Name)
	case *model.Function:
		return parser.FunctionKey(o.Name)
	case *model.Object:
		return ""
	}
	return parser.RelationKey(o.Ident().Name)
}

// propagate marks the groups of keys changed, and what depends on them:
// groups loaded (and what depends on them too), tables only checked.
func (inc *increment) propagate(keys []string) {
	var queue []string
	mark := func(k string, checkOnly bool) {
		root := inc.groups.Find(k)
		if inc.changed[root] && !(inc.checked[root] && !checkOnly) {
			return
		}
		inc.changed[root] = true
		if checkOnly {
			inc.checked[root] = true
			return
		}
		delete(inc.checked, root)
		queue = append(queue, inc.groups.Members(root)...)
	}
	for _, k := range keys {
		mark(k, false)
	}
	for len(queue) > 0 {
		k := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		user := func(u string) {
			if !isObjectKey(u) {
				return
			}
			root := inc.groups.Find(u)
			mark(u, inc.hasTable(root))
		}
		for _, i := range inc.usersOf[k] {
			for _, u := range inc.parsed.Statements[i].Deps.Objects {
				user(u)
			}
		}
		for _, u := range inc.catalogUsers[k] {
			user(u)
		}
	}
}

// hasTable reports whether the group of root holds a table of the earlier
// state, or one the files create.
func (inc *increment) hasTable(root string) bool {
	for _, k := range inc.groups.Members(root) {
		if inc.tables[k] {
			return true
		}
		for _, i := range inc.statementsOf[k] {
			if inc.parsed.Statements[i].Kind == "CREATE TABLE" {
				return true
			}
		}
	}
	return false
}

// statementsToLoad are the statements of the changed groups and what they
// need, with every CREATE SCHEMA and CREATE EXTENSION, in load order. An
// object a loaded statement uses is loaded with its whole group (all of a
// table's columns for a view's *); one it only references by a foreign key,
// with the statements that make its key.
func (inc *increment) statementsToLoad() []parser.Statement {
	stmts := inc.parsed.Statements
	if inc.providers == nil {
		inc.providers = map[parser.RefID][]int{}
		for i, s := range stmts {
			for _, p := range s.Deps.Provides {
				inc.providers[p] = append(inc.providers[p], i)
			}
		}
	}
	providers := inc.providers
	take := make([]bool, len(stmts))
	var queue []int
	add := func(i int) {
		if !take[i] {
			take[i] = true
			queue = append(queue, i)
		}
	}
	groupsTaken := map[string]bool{}
	addGroup := func(k string) {
		root := inc.groups.Find(k)
		if groupsTaken[root] {
			return
		}
		groupsTaken[root] = true
		for _, m := range inc.groups.Members(root) {
			for _, i := range inc.statementsOf[m] {
				add(i)
			}
		}
	}
	for i, s := range stmts {
		switch s.Kind {
		case "CREATE SCHEMA", "CREATE EXTENSION":
			add(i)
		}
	}
	for root := range inc.changed {
		addGroup(root)
	}
	for len(queue) > 0 {
		i := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		for _, k := range stmts[i].Deps.Uses {
			addGroup(k)
		}
		for _, r := range stmts[i].Deps.Requires {
			for _, p := range providers[r] {
				add(p)
			}
		}
	}
	var out []parser.Statement
	for i, s := range stmts {
		if take[i] {
			out = append(out, s)
		}
	}
	return out
}

// isChanged reports whether the object of key k is in a changed group.
func (inc *increment) isChanged(k string) bool { return k != "" && inc.changed[inc.groups.Find(k)] }
