package parser

import (
	"math"
	"strconv"

	pg_query "github.com/pganalyze/pg_query_go/v5"

	"github.com/pgshape/pgshape/model"
)

// typeRange is the value range of each sequence data type.
var typeRange = map[string][2]int64{
	"smallint": {math.MinInt16, math.MaxInt16},
	"integer":  {math.MinInt32, math.MaxInt32},
	"bigint":   {math.MinInt64, math.MaxInt64},
}

// seqOptions reads sequence options (CREATE SEQUENCE, identity columns) and fills in
// the defaults PostgreSQL would: the bounds follow the type and the direction, the
// start follows the bound. typ is the type when no AS option says otherwise.
func (s *stmt) seqOptions(opts []*pg_query.Node, typ string) (model.SequenceOptions, error) {
	o := model.SequenceOptions{Type: typ, Increment: 1, Cache: 1}
	var minSet, maxSet, startSet bool
	for _, n := range opts {
		d := n.GetDefElem()
		if d == nil {
			continue
		}
		var err error
		switch d.Defname {
		case "as":
			if tn := d.Arg.GetTypeName(); tn != nil {
				o.Type = formatType(tn)
			}
			if _, ok := typeRange[o.Type]; !ok {
				return o, s.errorAt(d.Location, "sequence type must be smallint, integer, or bigint, not %s", o.Type)
			}
		case "increment":
			o.Increment, err = s.intArg(d)
		case "minvalue":
			if d.Arg != nil {
				o.Min, err = s.intArg(d)
				minSet = true
			}
		case "maxvalue":
			if d.Arg != nil {
				o.Max, err = s.intArg(d)
				maxSet = true
			}
		case "start":
			o.Start, err = s.intArg(d)
			startSet = true
		case "cache":
			o.Cache, err = s.intArg(d)
		case "cycle":
			o.Cycle = d.Arg.GetBoolean().GetBoolval()
		}
		if err != nil {
			return o, err
		}
	}
	if o.Increment == 0 {
		return o, s.errorAt(-1, "sequence INCREMENT must not be zero")
	}
	r := typeRange[o.Type]
	switch {
	case !minSet && o.Increment > 0:
		o.Min = 1
	case !minSet:
		o.Min = r[0]
	}
	switch {
	case !maxSet && o.Increment > 0:
		o.Max = r[1]
	case !maxSet:
		o.Max = -1
	}
	if !startSet {
		if o.Increment > 0 {
			o.Start = o.Min
		} else {
			o.Start = o.Max
		}
	}
	return o, nil
}

// intArg reads a numeric option; values beyond int32 arrive as Float text.
func (s *stmt) intArg(d *pg_query.DefElem) (int64, error) {
	switch {
	case d.Arg.GetInteger() != nil:
		return int64(d.Arg.GetInteger().Ival), nil
	case d.Arg.GetFloat() != nil:
		v, err := strconv.ParseInt(d.Arg.GetFloat().Fval, 10, 64)
		if err == nil {
			return v, nil
		}
	}
	return 0, s.errorAt(d.Location, "option %s needs an integer value", d.Defname)
}

// defElem returns the option named name, or nil.
func defElem(opts []*pg_query.Node, name string) *pg_query.DefElem {
	for _, n := range opts {
		if d := n.GetDefElem(); d != nil && d.Defname == name {
			return d
		}
	}
	return nil
}

// withoutDefElem returns opts without the option named name.
func withoutDefElem(opts []*pg_query.Node, name string) []*pg_query.Node {
	var out []*pg_query.Node
	for _, n := range opts {
		if d := n.GetDefElem(); d == nil || d.Defname != name {
			out = append(out, n)
		}
	}
	return out
}
