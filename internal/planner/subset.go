package planner

import (
	"context"
	"reflect"
	"slices"
	"sync"

	"github.com/pgshape/pgshape/internal/progress"
	"github.com/pgshape/pgshape/internal/shadow"
	"github.com/pgshape/pgshape/model"
	"github.com/pgshape/pgshape/schema"
)

// Canonical form costs a rebuild of the whole state in a scratch database:
// on a schema of thousands of tables, as long as loading it. Most of the
// desired state is usually what the current state is already, object for
// object, and an object PostgreSQL stores alike on both sides rebuilds alike
// too: its rebuild depends on its own definition and those of the objects it
// uses, and on nothing else. So the desired state needs rebuilding only where
// it differs from the current state as read (the changed objects), with what
// those use; the rest is the current state's rebuilt form, which the current
// side computes anyway for the rehearsal. normalizeChanged does that, and
// gives up (ok false) where the reasoning does not hold or would not pay.

// normalizeChanged brings desired, a state as read from the scratch server,
// to canonical form by rebuilding only the objects that differ from current,
// the other state as read, with what they use; the rest is taken from
// current in canonical form, which currentRebuilt waits for. ok is false when
// it cannot: the caller rebuilds the whole state then.
//
// always rebuilds a part however large (the tests' Options.checkParts).
func normalizeChanged(ctx context.Context, srv *shadow.Server, empty, current, desired *model.Catalog, pair *changedPair,
	currentRebuilt func() (*model.Catalog, error), what string, so schema.Options, track *progress.Tracker, always bool) (_ *model.Catalog, ok bool, _ error) {
	// The objects compared as a whole (operators, casts, publications...)
	// use and are used in ways the dependency edges do not all say.
	if len(current.Objects) > 0 || len(desired.Objects) > 0 {
		return nil, false, nil
	}
	changed := pair.of(current, desired)
	needed := dependencyClosure(desired, changed, changed)
	// Every schema, with the default privileges in it, which apply to what is
	// created there: schemas are few, and cheap.
	for name := range desired.Schemas {
		needed[model.ObjectID{Kind: model.KindSchema, Name: model.QName{Name: name}}] = true
	}
	if len(needed)*2 > len(desired.OwnedObjects()) && !always {
		return nil, false, nil // most of it: a whole rebuild costs no more
	}
	subset := desired.CloneKeeping(func(id model.ObjectID) bool { return needed[id] })
	strip(subset, changed)
	rebuilt, err := normalize(ctx, srv, empty, subset, what+" (changed objects)", so, track)
	if err != nil {
		if ctx.Err() != nil {
			return nil, false, ctx.Err()
		}
		// What the dependency edges do not say (a function body naming a
		// table) can make a part fail to build where the whole builds.
		return nil, false, nil
	}
	whole, err := currentRebuilt()
	if err != nil {
		return nil, false, err
	}
	return mergeRebuilt(whole, rebuilt, changed), true, nil
}

// pending is a catalog one goroutine computes and others wait for, with
// whether its files rename objects.
type pending struct {
	done    chan struct{}
	catalog *model.Catalog
	renames bool
}

func newPending() *pending { return &pending{done: make(chan struct{})} }

// set makes the catalog known; it is called once.
func (p *pending) set(c *model.Catalog, renames bool) {
	p.catalog, p.renames = c, renames
	close(p.done)
}

// wait returns the catalog once set, or the context's error if it ends
// first (the goroutine that computes it failed, and cancelled the context).
func (p *pending) wait(ctx context.Context) (*model.Catalog, bool, error) {
	select {
	case <-p.done:
		return p.catalog, p.renames, nil
	case <-ctx.Done():
		return nil, false, ctx.Err()
	}
}

// changedObjects are the objects of a and b that differ, or that only one of
// them has. Facts of a live database (table sizes) do not count.
func changedObjects(a, b *model.Catalog) map[model.ObjectID]bool {
	changed := map[model.ObjectID]bool{}
	inB := map[model.ObjectID]model.Owned{}
	for _, o := range b.OwnedObjects() {
		inB[o.Ident()] = o
	}
	for _, o := range a.OwnedObjects() {
		id := o.Ident()
		other, ok := inB[id]
		delete(inB, id)
		if !ok || !sameDefinition(o, other) {
			changed[id] = true
		}
	}
	for id := range inB {
		changed[id] = true
	}
	return changed
}

// changedPair is changedSet of the two states as read, made once: both
// sides need it, at the same time, and on a large schema it is seconds of
// work.
type changedPair struct {
	once sync.Once
	set  map[model.ObjectID]bool
}

// of is changedSet(current, desired), which its callers only read. A pair
// is for one pair of states; a nil one computes the set at every call.
func (p *changedPair) of(current, desired *model.Catalog) map[model.ObjectID]bool {
	if p == nil {
		return changedSet(current, desired)
	}
	p.once.Do(func() { p.set = changedSet(current, desired) })
	return p.set
}

// changedEdges are the objects (as catalogs key them: tables for their
// columns) with a dependency edge that only one of a and b has.
func changedEdges(a, b *model.Catalog) map[model.ObjectID]bool {
	// Sorted, as read and as merged, the two lists are walked side by side:
	// hashing a hundred thousand edges each was most of the work.
	onlyA, onlyB := edgesOnlyIn(sortedDeps(a.Dependencies), sortedDeps(b.Dependencies))
	changed := map[model.ObjectID]bool{}
	if len(onlyA) > 0 {
		ownerA := ownersOf(a)
		for _, d := range onlyA {
			changed[ownerA(d.From)] = true
		}
	}
	if len(onlyB) > 0 {
		ownerB := ownersOf(b)
		for _, d := range onlyB {
			changed[ownerB(d.From)] = true
		}
	}
	return changed
}

// sortedDeps is deps sorted (compareDeps), each once: deps itself when it
// is, a copy otherwise.
func sortedDeps(deps []model.Dependency) []model.Dependency {
	strictly := func(deps []model.Dependency) bool {
		for i := 1; i < len(deps); i++ {
			if compareDeps(deps[i-1], deps[i]) >= 0 {
				return false
			}
		}
		return true
	}
	if strictly(deps) {
		return deps
	}
	return slices.Compact(slices.SortedFunc(slices.Values(deps), compareDeps))
}

// edgesOnlyIn are the edges of the sorted lists a and b that only a has,
// and those only b has.
func edgesOnlyIn(a, b []model.Dependency) (onlyA, onlyB []model.Dependency) {
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		c := 0
		switch {
		case i == len(a):
			c = 1
		case j == len(b):
			c = -1
		default:
			c = compareDeps(a[i], b[j])
		}
		switch {
		case c == 0:
			i, j = i+1, j+1
		case c < 0:
			onlyA = append(onlyA, a[i])
			i++
		default:
			onlyB = append(onlyB, b[j])
			j++
		}
	}
	return onlyA, onlyB
}

// sameDefinition compares two objects as definitions: a table's size and
// where a definition was read from are not part of it.
func sameDefinition(a, b model.Owned) bool {
	ta, aTable := a.(*model.Table)
	tb, bTable := b.(*model.Table)
	if aTable && bTable {
		ca, cb := *ta, *tb
		ca.Stats, cb.Stats = nil, nil
		ca.Source, cb.Source = model.Source{}, model.Source{}
		return equalValues(reflect.ValueOf(ca), reflect.ValueOf(cb))
	}
	return equalValues(reflect.ValueOf(a), reflect.ValueOf(b))
}

// equalValues is reflect.DeepEqual but for empty slices and maps, which
// equal nil ones: a state read from the cache has nil for every empty one
// (encoding/gob writes none), one read from a server may have either.
func equalValues(a, b reflect.Value) bool {
	if a.IsValid() != b.IsValid() {
		return false
	}
	if !a.IsValid() {
		return true
	}
	if a.Type() != b.Type() {
		return false
	}
	switch a.Kind() {
	case reflect.Pointer, reflect.Interface:
		if a.IsNil() || b.IsNil() {
			return a.IsNil() == b.IsNil()
		}
		return equalValues(a.Elem(), b.Elem())
	case reflect.Struct:
		for i := range a.NumField() {
			if !equalValues(a.Field(i), b.Field(i)) {
				return false
			}
		}
		return true
	case reflect.Slice, reflect.Array:
		if a.Len() != b.Len() {
			return false
		}
		for i := range a.Len() {
			if !equalValues(a.Index(i), b.Index(i)) {
				return false
			}
		}
		return true
	case reflect.Map:
		if a.Len() != b.Len() {
			return false
		}
		for _, k := range a.MapKeys() {
			bv := b.MapIndex(k)
			if !bv.IsValid() || !equalValues(a.MapIndex(k), bv) {
				return false
			}
		}
		return true
	}
	return a.Equal(b)
}

// dependencyClosure is seeds, the ones c has, and every object of c they use,
// directly or not: what a scratch database needs to create them. An object
// there only for what uses it needs less than all of itself: a table is
// stripped (see stripping), and what it goes without needs nothing.
//
// Full are the objects needed whole: those not among them are stripped.
func dependencyClosure(c *model.Catalog, seeds, full map[model.ObjectID]bool) map[model.ObjectID]bool {
	owner, stripped := ownersOf(c), newStripping(c)
	uses, usesStripped := map[model.ObjectID][]model.ObjectID{}, map[model.ObjectID][]model.ObjectID{}
	add := func(from, to model.ObjectID, member bool) {
		uses[from] = append(uses[from], to)
		if !member {
			usesStripped[from] = append(usesStripped[from], to)
		}
	}
	for _, d := range c.Dependencies {
		from, to := owner(d.From), owner(d.To)
		if from != to {
			_, member := stripped.member(d.From)
			add(from, to, member)
		}
	}
	// What pg_depend does not say, or the inspection leaves out: a
	// sequence's owning table, a partition's parent and a partitioned
	// table's partitions, an inheriting table's parents; and below, the
	// schema of every object.
	for _, s := range c.Sequences {
		if s.OwnedBy != nil {
			add(s.Ident(), model.ObjectID{Kind: model.KindTable, Name: s.OwnedBy.Table}, false)
		}
	}
	for _, t := range c.Tables {
		if t.PartitionOf != nil {
			// Each way: a partitioned index is valid only once every
			// partition has an index attached to it.
			parent := model.ObjectID{Kind: model.KindTable, Name: *t.PartitionOf}
			add(t.Ident(), parent, false)
			add(parent, t.Ident(), false)
		}
		for _, p := range t.Inherits {
			add(t.Ident(), model.ObjectID{Kind: model.KindTable, Name: p}, false)
		}
	}
	needed := map[model.ObjectID]bool{}
	var queue []model.ObjectID
	for id := range seeds {
		queue = append(queue, id)
	}
	for len(queue) > 0 {
		id := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		if needed[id] {
			continue
		}
		needed[id] = true
		if full[id] {
			queue = append(queue, uses[id]...)
		} else {
			queue = append(queue, usesStripped[id]...)
		}
		if id.Kind != model.KindSchema && id.Name.Schema != "" {
			queue = append(queue, model.ObjectID{Kind: model.KindSchema, Name: model.QName{Name: id.Name.Schema}})
		}
	}
	return needed
}

// ownersOf maps an object of c to the object the catalog keys it under: a
// column, constraint, trigger or policy to its table or view, an index to
// its table or materialized view; others to themselves.
func ownersOf(c *model.Catalog) func(model.ObjectID) model.ObjectID {
	indexes := map[model.QName]model.ObjectID{}
	for _, t := range c.Tables {
		for _, list := range [][]*model.Index{t.Indexes, t.PartitionIndexes} {
			for _, i := range list {
				indexes[model.QName{Schema: t.Name.Schema, Name: i.Name}] = t.Ident()
			}
		}
		for _, k := range t.Constraints {
			indexes[model.QName{Schema: t.Name.Schema, Name: k.Name}] = t.Ident()
		}
	}
	for _, v := range c.Views {
		for _, i := range v.Indexes {
			indexes[model.QName{Schema: v.Name.Schema, Name: i.Name}] = v.Ident()
		}
	}
	return func(id model.ObjectID) model.ObjectID {
		switch {
		case id.Kind == model.KindIndex:
			if o, ok := indexes[id.Name]; ok {
				return o
			}
		case id.Member != "":
			if c.Views[id.Name] != nil {
				return model.ObjectID{Kind: model.KindView, Name: id.Name}
			}
			return model.ObjectID{Kind: model.KindTable, Name: id.Name}
		}
		return id
	}
}

// mergeRebuilt is the desired state in canonical form: the changed objects
// as rebuilt (from part, a rebuild of them and what they use), every other
// object as the current state's rebuild has it. The catalog-wide parts
// (extensions, default privileges, role) are the rebuilt part's: it has them
// all.
func mergeRebuilt(currentRebuilt, part *model.Catalog, changed map[model.ObjectID]bool) *model.Catalog {
	// Extensions are not among the objects compared one by one: their edges
	// are the rebuilt part's, which has them all.
	out := mergeObjects(currentRebuilt, part, func(id model.ObjectID) bool {
		return changed[id] || id.Kind == model.KindExtension
	})
	out.Extensions, out.DefaultPrivileges, out.Objects = part.Extensions, part.DefaultPrivileges, part.Objects
	out.Role, out.ServerVersion, out.Unsupported = part.Role, part.ServerVersion, part.Unsupported
	return out
}

// mergeObjects is base with the objects for which fromPart is true as part
// has them (or without them, when part has none), and their dependency
// edges too; the catalog-wide parts are base's.
func mergeObjects(base, part *model.Catalog, fromPart func(model.ObjectID) bool) *model.Catalog {
	// The objects themselves are shared with both catalogs: nothing changes
	// them after (liveFacts.carry copies a table it changes).
	out := base.ShallowCopy()
	out.Keep(func(id model.ObjectID) bool { return !fromPart(id) })
	for _, o := range part.OwnedObjects() {
		if fromPart(o.Ident()) {
			out.Put(o)
		}
	}
	// The edges of an object from base are base's; those of one from part,
	// part's.
	baseOwner, partOwner := ownersOf(base), ownersOf(part)
	deps := []model.Dependency{} // as read: empty, not nil
	for _, d := range base.Dependencies {
		if !fromPart(baseOwner(d.From)) {
			deps = append(deps, d)
		}
	}
	var fromParts []model.Dependency
	for _, d := range part.Dependencies {
		if fromPart(partOwner(d.From)) {
			fromParts = append(fromParts, d)
		}
	}
	out.Dependencies = mergeSorted(deps, fromParts)
	return out
}

// compareDeps orders dependency edges by From, then To.
func compareDeps(a, b model.Dependency) int {
	if a.From != b.From {
		return compareIDs(a.From, b.From)
	}
	return compareIDs(a.To, b.To)
}

// mergeSorted is the edges of a and b, sorted, each once. a is most of
// them, and often sorted already (a catalog merged before): then only b is
// sorted and merged in.
func mergeSorted(a, b []model.Dependency) []model.Dependency {
	slices.SortFunc(b, compareDeps)
	var out []model.Dependency
	if slices.IsSortedFunc(a, compareDeps) {
		out = make([]model.Dependency, 0, len(a)+len(b))
		i, j := 0, 0
		for i < len(a) || j < len(b) {
			if j == len(b) || i < len(a) && compareDeps(a[i], b[j]) <= 0 {
				out = append(out, a[i])
				i++
			} else {
				out = append(out, b[j])
				j++
			}
		}
	} else {
		out = append(a, b...)
		slices.SortFunc(out, compareDeps)
	}
	return slices.CompactFunc(out, func(x, y model.Dependency) bool { return x == y })
}

func compareIDs(a, b model.ObjectID) int {
	switch {
	case a == b:
		return 0
	case a.Less(b):
		return -1
	}
	return 1
}
