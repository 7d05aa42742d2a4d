package emitter

import (
	"math"
	"strconv"
	"strings"

	"github.com/pgshape/pgshape/differ"
	"github.com/pgshape/pgshape/model"
)

func createSequence(s *model.Sequence) string {
	opts := sequenceOptions(s.Options, true)
	if len(opts) == 0 {
		return "CREATE SEQUENCE " + s.Name.String()
	}
	return "CREATE SEQUENCE " + s.Name.String() + " " + strings.Join(opts, " ")
}

func alterSequence(c *differ.AlterSequence) []string {
	f, t := c.From, c.To
	var opts []string
	if f.Type != t.Type {
		opts = append(opts, "AS "+t.Type)
	}
	// A new type moves the bounds' defaults, so they are restated with it.
	opts = append(opts, changedSequenceOptions(f, t, "", f.Type != t.Type)...)
	if disjointBounds(f, t) {
		// No current value can be kept: the sequence starts over.
		opts = append(opts, "RESTART")
		return []string{"ALTER SEQUENCE " + c.Name.String() + " " + strings.Join(opts, " ")}
	}
	seq := literal(c.Name.String()) + "::regclass"
	return append(clampSequence(seq, f, t), "ALTER SEQUENCE "+c.Name.String()+" "+strings.Join(opts, " "))
}

// disjointBounds reports whether no value fits both the old and the new bounds (a
// sequence that changes direction, say).
func disjointBounds(from, to model.SequenceOptions) bool {
	return to.Max < from.Min || to.Min > from.Max
}

// clampSequence moves a sequence's current value inside new bounds before they are
// set: ALTER SEQUENCE refuses bounds that exclude the current value, and RESTART would
// move it even when it is fine. seq is a SQL expression of type regclass. A sequence
// that was never used reports no last value and sits at its old start.
func clampSequence(seq string, from, to model.SequenceOptions) []string {
	current := "coalesce(pg_catalog.pg_sequence_last_value(" + seq + "), " + itoa(from.Start) + ")"
	var out []string
	if to.Min > from.Min {
		out = append(out, "SELECT pg_catalog.setval("+seq+", "+itoa(to.Min)+", false) WHERE "+current+" < "+itoa(to.Min))
	}
	if to.Max < from.Max {
		out = append(out, "SELECT pg_catalog.setval("+seq+", "+itoa(to.Max)+", false) WHERE "+current+" > "+itoa(to.Max))
	}
	return out
}

func setSequenceOwner(c *differ.SetSequenceOwner) string {
	if c.OwnedBy == nil {
		return "ALTER SEQUENCE " + c.Name.String() + " OWNED BY NONE"
	}
	return "ALTER SEQUENCE " + c.Name.String() + " OWNED BY " + c.OwnedBy.Table.String() + "." + ident(c.OwnedBy.Column)
}

// changedSequenceOptions spells the options that differ between f and t, each
// preceded by prefix ("SET " in ALTER COLUMN ... identity); restateBounds spells the
// bounds even when they are equal.
func changedSequenceOptions(f, t model.SequenceOptions, prefix string, restateBounds bool) []string {
	var opts []string
	add := func(changed bool, option string) {
		if changed {
			opts = append(opts, prefix+option)
		}
	}
	add(f.Increment != t.Increment, "INCREMENT BY "+itoa(t.Increment))
	add(f.Min != t.Min || restateBounds, "MINVALUE "+itoa(t.Min))
	add(f.Max != t.Max || restateBounds, "MAXVALUE "+itoa(t.Max))
	add(f.Start != t.Start, "START WITH "+itoa(t.Start))
	add(f.Cache != t.Cache, "CACHE "+itoa(t.Cache))
	add(f.Cycle != t.Cycle, cycle(t.Cycle))
	return opts
}

// sequenceOptions spells the options that differ from PostgreSQL's defaults for the
// sequence's type and direction; withType adds AS when the type is not bigint.
func sequenceOptions(o model.SequenceOptions, withType bool) []string {
	def := defaultSequenceOptions(o.Type, o.Increment)
	var opts []string
	if withType && o.Type != "" && o.Type != "bigint" {
		opts = append(opts, "AS "+o.Type)
	}
	if o.Increment != def.Increment {
		opts = append(opts, "INCREMENT BY "+itoa(o.Increment))
	}
	if o.Min != def.Min {
		opts = append(opts, "MINVALUE "+itoa(o.Min))
	}
	if o.Max != def.Max {
		opts = append(opts, "MAXVALUE "+itoa(o.Max))
	}
	if start := defaultStart(o); o.Start != start {
		opts = append(opts, "START WITH "+itoa(o.Start))
	}
	if o.Cache != def.Cache {
		opts = append(opts, "CACHE "+itoa(o.Cache))
	}
	if o.Cycle {
		opts = append(opts, "CYCLE")
	}
	return opts
}

// defaultSequenceOptions are the values PostgreSQL picks when an option is left out.
func defaultSequenceOptions(typ string, increment int64) model.SequenceOptions {
	if increment == 0 {
		increment = 1
	}
	max := int64(math.MaxInt64)
	switch typ {
	case "integer":
		max = math.MaxInt32
	case "smallint":
		max = math.MaxInt16
	}
	d := model.SequenceOptions{Type: typ, Increment: 1, Cache: 1}
	if increment > 0 {
		d.Min, d.Max = 1, max
	} else {
		d.Min, d.Max = -max-1, -1
	}
	return d
}

// defaultStart is the start PostgreSQL picks: the minimum ascending, the maximum
// descending (of the sequence's own bounds).
func defaultStart(o model.SequenceOptions) int64 {
	if o.Increment < 0 {
		return o.Max
	}
	return o.Min
}

func cycle(on bool) string {
	if on {
		return "CYCLE"
	}
	return "NO CYCLE"
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
