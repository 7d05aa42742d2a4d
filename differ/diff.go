package differ

import (
	"strings"

	"github.com/pgshape/pgshape/model"
)

// UnsupportedError lists differences that no change can express yet. A plan that would
// leave them out must not be presented as complete.
type UnsupportedError struct {
	Items []Unsupported
}

// Unsupported is one difference pgshape cannot plan.
type Unsupported struct {
	Object Object
	Reason string
}

func (e *UnsupportedError) Error() string {
	lines := make([]string, len(e.Items))
	for i, u := range e.Items {
		lines[i] = u.Object.String() + ": " + u.Reason
	}
	return "differ: cannot plan " + strings.Join(lines, "; ")
}

// Diff returns the changes that turn catalog from into catalog to, in an order that
// can be executed as is, with the online forms for existing tables.
func Diff(from, to *model.Catalog) ([]Change, error) {
	return DiffWith(from, to, Options{})
}

// DiffWith is Diff with options.
func DiffWith(from, to *model.Catalog, opts Options) ([]Change, error) {
	d := &differ{from: from, to: to, opts: opts, added: map[Object]bool{}, dropped: map[Object]bool{},
		concurrentIndexes: map[Object]bool{}, recreated: map[model.QName]bool{}, replaced: map[Object]bool{},
		current: ownedByIdent(from), desired: ownedByIdent(to)}
	d.findReplacements()
	d.schemas()
	d.extensions()
	d.collations()
	d.enums()
	d.domains()
	d.composites()
	d.ranges()
	d.functions()
	d.tables()
	d.views()
	d.objects()
	d.sequences() // after tables: it needs to know which tables are recreated
	d.owners()    // after every kind: it needs to know which objects are created
	d.defaultPrivileges()
	if len(d.unsupportedItems) > 0 {
		return nil, &UnsupportedError{Items: d.unsupportedItems}
	}
	return d.order(d.breakViewCycles())
}

type differ struct {
	from, to *model.Catalog
	opts     Options
	// current and desired are the Owned objects of from and to, by Ident.
	current, desired map[Object]model.Owned
	changes          []Change
	added, dropped   map[Object]bool // constraints already planned, against duplicates
	// concurrentIndexes are the indexes and constraints made after the
	// transaction (built concurrently): their comments wait for them.
	concurrentIndexes map[Object]bool
	// recreated are the tables dropped and created again by this plan.
	recreated map[model.QName]bool
	// replaced are the views, functions, triggers, policies, indexes and constraints
	// dropped and created again (see findReplacements).
	replaced         map[Object]bool
	unsupportedItems []Unsupported
}

func (d *differ) add(c Change) { d.changes = append(d.changes, c) }

func (d *differ) unsupported(obj Object, reason string) {
	d.unsupportedItems = append(d.unsupportedItems, Unsupported{Object: obj, Reason: reason})
}

// Summary counts changes by operation, for review output.
func Summary(changes []Change) map[Op]int {
	m := map[Op]int{}
	for _, c := range changes {
		m[c.Op()]++
	}
	return m
}
