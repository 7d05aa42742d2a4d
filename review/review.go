package review

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/emitter"
	"github.com/pgshape/pgshape/model"
)

// Review is what a reviewer needs to judge a plan before it reaches a database:
// how many objects it touches, its hazards with what to do about each, the SQL,
// and each object's definition before and after. It is rendered for a terminal
// (WriteText), a pull request comment (WriteMarkdown) and bots
// (WriteJSON); all three carry the same content.
type Review struct {
	// Title heads the rendering, e.g. "pgshape check: schema/ and sql/ disagree".
	Title string
	// From and To name the two states, as the unified diffs label them.
	From, To string
	Summary  Summary
	Hazards  []Hazard
	// SQL is the plan as a script (emitter.Plan.SQL); empty when in sync.
	SQL string
	// Statements are the plan's statements with the locks the rehearsal saw
	// each take (emitter.Statement.Observed), in plan order.
	Statements []Statement
	// Objects are the objects whose definitions differ, in object order.
	Objects []ObjectDiff
	// Problems are findings outside the plan that fail a check on their own,
	// such as two migration files sharing a version. Set by the caller.
	Problems []string
	// NextSteps say what to do about it, e.g. the generate command that writes
	// the missing migration. Set by the caller.
	NextSteps []Step
	// Compared is false when the states could not be compared at all (the
	// Problems say why); then the summary, SQL and objects are empty.
	Compared bool
}

// Step is one thing to do next: a sentence, and the command that does it, if
// one does. Renderers show the command apart (a shell block in Markdown), so
// it can be copied as is.
type Step struct {
	Text    string
	Command string
}

// Summary counts what a plan touches. Objects are counted per object of
// DiffDefinitions (a table with its indexes and constraints is one object), so
// the counts match the per-object diffs a reviewer reads below them.
type Summary struct {
	Added, Changed, Dropped int
	Statements              int
}

// Hazard is one hazard of one statement, with the advice for its kind.
type Hazard struct {
	Statement string // the first statement of the change that carries the hazard, with its ";"
	Object    model.ObjectID
	Kind      differ.HazardKind
	Why       string // the hazard's message
	WhatToDo  string // HazardAdvice(Kind)
	// Grade is how heavy the change is on the target (its table's size, how
	// long it blocks); nil when unknown: no real database, or no table.
	Grade *HazardGrade
}

// Refused reports whether the hazard is refused unless allowed by name: the
// default policy refuses it, whatever a command's --allow-hazards allows.
func (h Hazard) Refused() bool { return differ.HazardPolicy{}.Refuses(h.Kind) }

// Statement is one statement of the plan and the table locks it was
// seen taking when rehearsed. Observed is false for a statement that runs
// outside a transaction (its locks end with it), one run after its transaction
// held too many locks to read them, or a plan not rehearsed; NotObserved then
// says which.
type Statement struct {
	SQL         string // with its ";"
	Observed    bool
	Locks       []emitter.Lock
	NotObserved string
}

// The reasons a statement's locks were not observed.
const (
	outsideTransaction = "runs outside a transaction"
	tooManyLocks       = "its transaction holds too many locks to read them after each statement"
)

// Input is what a review is built from: a plan and the catalogs it was
// computed from. Base is an empty database on the same server (see emitter.Define);
// FromName and ToName label the two states ("current" and "desired" when empty).
type Input struct {
	Plan                   *emitter.Plan
	Base, Current, Desired *model.Catalog
	FromName, ToName       string
	Title                  string
	// Grades, when the current state is a real database, grade the plan's
	// changes by the size of the tables they touch; nil otherwise.
	Grades Grades
}

// New builds the review of in.Plan.
func New(in Input) (*Review, error) {
	r := &Review{Title: in.Title, From: in.FromName, To: in.ToName, SQL: in.Plan.SQL(),
		Hazards: []Hazard{}, Statements: []Statement{}, Objects: []ObjectDiff{}, Problems: []string{},
		NextSteps: []Step{}, Compared: true}
	if r.Title == "" {
		r.Title = "pgshape plan"
	}
	if r.From == "" {
		r.From = "current"
	}
	if r.To == "" {
		r.To = "desired"
	}
	from, err := emitter.Define(in.Base, in.Current)
	if err != nil {
		return nil, fmt.Errorf("review: the %s state: %w", r.From, err)
	}
	to, err := emitter.Define(in.Base, inCurrentColumnOrder(in.Current, in.Desired))
	if err != nil {
		return nil, fmt.Errorf("review: the %s state: %w", r.To, err)
	}
	if objects := DiffDefinitions(from, to, r.From, r.To); objects != nil {
		r.Objects = objects
	}
	for _, o := range r.Objects {
		switch o.Status {
		case Added:
			r.Summary.Added++
		case Changed:
			r.Summary.Changed++
		case Dropped:
			r.Summary.Dropped++
		}
	}
	var last differ.Change
	for _, g := range in.Plan.Groups {
		for _, st := range g.Statements {
			rs := Statement{SQL: st.SQL + ";", Observed: st.Observed != nil, Locks: append([]emitter.Lock{}, st.Observed...)}
			if !rs.Observed {
				rs.NotObserved = outsideTransaction
				if g.Transactional {
					rs.NotObserved = tooManyLocks
				}
			}
			r.Statements = append(r.Statements, rs)
		}
	}
	for _, st := range in.Plan.Statements() {
		r.Summary.Statements++
		// A setting the emitter puts first (check_function_bodies) says nothing
		// about the change's hazards; its own statement does.
		if st.Change == last || st.SessionSetting() {
			continue
		}
		last = st.Change
		var grade *HazardGrade
		if g, ok := in.Grades[st.Change]; ok {
			grade = &g
		}
		for _, h := range st.Change.Hazards() {
			r.Hazards = append(r.Hazards, Hazard{
				Statement: st.SQL + ";", Object: st.Change.Object(), Kind: h.Kind,
				Why: h.Message, WhatToDo: HazardAdvice(h.Kind), Grade: grade,
			})
		}
	}
	return r, nil
}

// LockedStatements are the statements a reviewer should see in a list of
// observed locks: those that took a lock on an existing table, and those that
// could not be observed. None when the plan was not rehearsed at all.
func (r *Review) LockedStatements() []Statement {
	observed := false
	for _, s := range r.Statements {
		observed = observed || s.Observed
	}
	if !observed {
		return nil
	}
	var out []Statement
	for _, s := range r.Statements {
		if !s.Observed || len(s.Locks) > 0 {
			out = append(out, s)
		}
	}
	return out
}

// locksText lists a statement's observed locks in a few words:
// "AccessExclusiveLock on public.users, ShareRowExclusiveLock on public.t".
func (s Statement) locksText() string {
	if !s.Observed {
		return "not observed (" + s.NotObserved + ")"
	}
	parts := make([]string, len(s.Locks))
	for i, l := range s.Locks {
		parts[i] = l.Mode + " on " + l.Relation
	}
	return strings.Join(parts, ", ")
}

// HazardOrders are the orders a review lists its hazards in, as --order takes
// them: "plan", the order of the statements, and "risk" (OrderByRisk).
var HazardOrders = []string{"plan", "risk"}

// OrderByRisk lists the hazards most dangerous first: those refused unless
// allowed (data loss, rewrites) first, then by the estimated time they block
// their table, then by the table's size; ties keep the plan's order. Hazards
// not graded (no real database) count as blocking nothing on an empty table.
func (r *Review) OrderByRisk() {
	sort.SliceStable(r.Hazards, func(i, j int) bool {
		a, b := r.Hazards[i], r.Hazards[j]
		if a.Refused() != b.Refused() {
			return a.Refused()
		}
		var ga, gb HazardGrade
		if a.Grade != nil {
			ga = *a.Grade
		}
		if b.Grade != nil {
			gb = *b.Grade
		}
		if ga.BlockingSeconds != gb.BlockingSeconds {
			return ga.BlockingSeconds > gb.BlockingSeconds
		}
		return ga.Bytes > gb.Bytes
	})
}

// NewUncompared is the review of states that could not be compared, because
// of problems (say, in the migrations directory) that must be fixed first.
func NewUncompared(title string, problems []string) *Review {
	return &Review{Title: title, From: "current", To: "desired", Hazards: []Hazard{}, Statements: []Statement{},
		Objects: []ObjectDiff{}, Problems: append([]string{}, problems...), NextSteps: []Step{}}
}

// InSync reports whether there is nothing to review: no statement, no object
// diff, no problem.
func (r *Review) InSync() bool {
	return r.Compared && r.SQL == "" && len(r.Objects) == 0 && len(r.Problems) == 0
}

// SummaryLine says in one sentence what the plan does, or that the states are
// in sync: "2 objects added, 1 changed, 0 dropped; 4 statements".
func (r *Review) SummaryLine() string {
	if !r.Compared {
		return "not compared: fix the problems below first"
	}
	if r.SQL == "" && len(r.Objects) == 0 && len(r.Problems) > 0 {
		return fmt.Sprintf("the %s state matches the %s state, but %s found", r.From, r.To, plural(len(r.Problems), "problem"))
	}
	if r.SQL == "" && len(r.Objects) == 0 {
		return fmt.Sprintf("in sync: the %s state already matches the %s state", r.From, r.To)
	}
	s := r.Summary
	return fmt.Sprintf("%s added, %d changed, %d dropped; %s, %s",
		plural(s.Added, "object"), s.Changed, s.Dropped, plural(s.Statements, "statement"), plural(len(r.Hazards), "hazard"))
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// Formats are the renderings of a review, by name, as --format takes them.
var Formats = []string{"text", "markdown", "json"}

// Write writes r in format, one of Formats.
func Write(w io.Writer, r *Review, format string) error {
	switch format {
	case "text":
		return WriteText(w, r)
	case "markdown":
		return WriteMarkdown(w, r)
	case "json":
		return WriteJSON(w, r)
	}
	return fmt.Errorf("review: unknown format %q (want one of %s)", format, strings.Join(Formats, ", "))
}
