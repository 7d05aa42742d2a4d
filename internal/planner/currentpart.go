package planner

import (
	"context"

	"github.com/jackc/pgx/v5"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/model"
)

// The current state is rebuilt in the rehearsal database, for its canonical
// form and for a copy to rehearse the plan on. Where the two states differ
// in a few objects, neither needs all of it: the plan changes the changed
// objects and what depends on them, and nothing else. So the current side
// rebuilds those (its part) with what they use, and the objects of neither
// are in canonical form: an object the two states read alike is left as
// read on both sides, where it compares equal all the same (see
// normalizeChanged, which does the same on the desired side).

// currentPart is the part of the current state the rehearsal database
// holds: full, the objects held whole (the changed objects and those that
// depend on them), and held, those and what they use, held stripped of what
// only the part's users need (see dependencyClosure). Nil: all of it.
type currentPart struct {
	full, held map[model.ObjectID]bool
}

// canonicalCurrent brings current, the current state as read, to canonical
// form in the rehearsal database work, given desired, the desired state as
// read; renames says the desired files rename objects. It rebuilds the part
// of current the plan can touch when it can (the part returned), and all of
// it otherwise (a nil part).
func (c *canonical) canonicalCurrent(ctx context.Context, work *pgx.Conn, current, desired *model.Catalog, renames bool,
	what string, opts Options) (*model.Catalog, *currentPart, error) {
	so := opts.schemaOptions()
	part, ok := planPart(current, desired, &c.changed, renames, opts.checkParts)
	if opts.wholeCurrent {
		ok = false
	}
	if ok && opts.shrinkPart != nil {
		opts.shrinkPart(part)
	}
	if !ok {
		rebuilt, err := rebuild(ctx, work, c.base, current, what, so, opts.Progress)
		return rebuilt, nil, err
	}
	subset := current.CloneKeeping(func(id model.ObjectID) bool { return part.held[id] })
	strip(subset, part.full)
	rebuilt, err := rebuild(ctx, work, c.base, subset, what+" (what the plan touches)", so, opts.Progress)
	if err != nil {
		return nil, nil, err
	}
	return mergeRebuilt(current, rebuilt, part.full), part, nil
}

// planPart is the part of current the plan can touch, and what it needs:
// ok is false when all of it is needed, or most of it (unless always), or
// when the part cannot be told (see normalizeChanged).
func planPart(current, desired *model.Catalog, pair *changedPair, renames, always bool) (*currentPart, bool) {
	// Renames are rehearsed first, and the whole current state read back
	// after them.
	if renames || len(current.Objects) > 0 || len(desired.Objects) > 0 {
		return nil, false
	}
	changed := pair.of(current, desired)
	full := dependents(current, changed, keptMembers(current, desired, changed))
	// What the changed objects need in the desired state, the current state
	// has to have for the plan to make them: a new table's foreign key
	// needs the table it references.
	seeds := map[model.ObjectID]bool{}
	for id := range full {
		seeds[id] = true
	}
	inCurrent := map[model.ObjectID]bool{}
	for _, o := range current.OwnedObjects() {
		inCurrent[o.Ident()] = true
	}
	for id := range dependencyClosure(desired, changed, changed) {
		if inCurrent[id] {
			seeds[id] = true
		}
	}
	held := dependencyClosure(current, seeds, full)
	for name := range current.Schemas {
		held[model.ObjectID{Kind: model.KindSchema, Name: model.QName{Name: name}}] = true
	}
	if len(held)*2 > len(inCurrent) && !always {
		return nil, false
	}
	return &currentPart{full: full, held: held}, true
}

// changedSet is what the two states, as read, have differently: objects, or
// their dependency edges. An object whose edges differ is changed though its
// definition is the same: which objects it is bound to can differ (a
// foreign key stands on whichever unique index of the table it references
// matched when it was made).
func changedSet(current, desired *model.Catalog) map[model.ObjectID]bool {
	changed := changedObjects(current, desired)
	for id := range changedEdges(current, desired) {
		changed[id] = true
	}
	return changed
}

// dependents are the objects of c that depend on one of changed, directly or
// through other objects, with changed: what a plan changing them can touch.
// A table that depends on one is among them (its foreign key, its default
// calling a function), but not what depends on the table: the table itself
// does not change. What depends only on kept members of a changed table
// (keptMembers) is not.
func dependents(c *model.Catalog, changed, kept map[model.ObjectID]bool) map[model.ObjectID]bool {
	owner := ownersOf(c)
	users := map[model.ObjectID][]model.ObjectID{}
	for _, d := range c.Dependencies {
		from, to := owner(d.From), owner(d.To)
		if from != to && !kept[d.To] {
			users[to] = append(users[to], from)
		}
	}
	out := map[model.ObjectID]bool{}
	var queue []model.ObjectID
	for id := range changed {
		out[id] = true
		queue = append(queue, id)
	}
	for len(queue) > 0 {
		id := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		for _, u := range users[id] {
			if out[u] {
				continue
			}
			out[u] = true
			if u.Kind != model.KindTable {
				queue = append(queue, u)
			}
		}
	}
	return out
}

// covers reports whether the part holds whole (among full, or held and not
// a table) every object of current the changes touch, current and desired
// being the states they were made from: the plan is rehearsed on the part,
// and dependents cannot always tell what the differ will touch. What
// current does not have (an object the plan makes, a catalog-wide setting)
// is the desired side's to make.
func (p *currentPart) covers(changes []differ.Change, current, desired *model.Catalog) bool {
	if p == nil {
		return true
	}
	// Most plans touch only what the part holds whole: the desired state's
	// owners and the current state's objects are looked up only past that.
	inCurrent := ownersOf(current)
	var inDesired func(model.ObjectID) model.ObjectID
	var owned map[model.ObjectID]bool
	for _, ch := range changes {
		id := ch.Object()
		owner := inCurrent(id)
		if owner == id && id.Kind == model.KindIndex {
			if inDesired == nil {
				inDesired = ownersOf(desired)
			}
			owner = inDesired(id) // an index the plan creates
		}
		// Only tables are held stripped (see strip).
		if p.full[owner] || p.held[owner] && owner.Kind != model.KindTable {
			continue
		}
		if owned == nil {
			owned = map[model.ObjectID]bool{}
			for _, o := range current.OwnedObjects() {
				owned[o.Ident()] = true
			}
		}
		if owned[owner] {
			return false
		}
	}
	return true
}

// restrict is desired as the rehearsal database must be after the plan, when
// it holds part of the current state: the objects it held or the plan made
// (held has the ids of both), those held only for their users stripped as
// they were.
func (p *currentPart) restrict(desired *model.Catalog) *model.Catalog {
	if p == nil {
		return desired
	}
	out := desired.CloneKeeping(func(id model.ObjectID) bool { return p.held[id] })
	strip(out, p.full)
	return out
}
