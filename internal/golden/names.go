package golden

import (
	"fmt"
	"strings"

	"github.com/pgshape/pgshape/model"
)

// The stored form writes names and object ids as text, so that a name reads as
// itself in review and can key a JSON object (map[model.QName]*model.Table).
// The text forms live here, not as MarshalText methods on model's types: those
// would change how every encoding/json caller (the schema queries that read
// names as JSON objects, the JSON review) writes and reads them.

// nameText writes a name as SQL (model.QName.String), which parseName reads
// back unchanged.
func nameText(q model.QName) string { return q.String() }

// parseName reads a name written by nameText: one or two identifiers separated
// by a dot, each bare or double-quoted.
func parseName(s string) (model.QName, error) {
	parts, rest, err := readIdentifiers(s)
	if err != nil || rest != "" || len(parts) > 2 {
		return model.QName{}, fmt.Errorf("golden: %q is not a name written as one or two identifiers", s)
	}
	q := model.QName{Name: parts[len(parts)-1]}
	if len(parts) == 2 {
		q.Schema = parts[0]
	}
	return q, nil
}

// idText writes an object id as "kind:name", with ":member" when it has one
// ("column:public.users:email"): the kind first, so that stored ids sort by
// kind as model.ObjectID.Less orders them.
func idText(o model.ObjectID) (string, error) {
	if strings.Contains(string(o.Kind), ":") {
		return "", fmt.Errorf("golden: object kind %q has a colon", o.Kind)
	}
	s := string(o.Kind) + ":" + nameText(o.Name)
	if o.Member != "" {
		s += ":" + model.QuoteIdent(o.Member)
	}
	return s, nil
}

// parseID reads an object id written by idText.
func parseID(s string) (model.ObjectID, error) {
	bad := fmt.Errorf("golden: %q is not an object id written as kind:name[:member]", s)
	kind, rest, ok := strings.Cut(s, ":")
	if !ok {
		return model.ObjectID{}, bad
	}
	name, rest, err := readIdentifiers(rest)
	if err != nil || len(name) > 2 {
		return model.ObjectID{}, bad
	}
	id := model.ObjectID{Kind: model.ObjectKind(kind), Name: model.QName{Name: name[len(name)-1]}}
	if len(name) == 2 {
		id.Name.Schema = name[0]
	}
	if rest != "" {
		member, after, err := readIdentifiers(strings.TrimPrefix(rest, ":"))
		if err != nil || !strings.HasPrefix(rest, ":") || len(member) != 1 || after != "" {
			return model.ObjectID{}, bad
		}
		id.Member = member[0]
	}
	return id, nil
}

// readIdentifiers reads dot-separated identifiers as model.QuoteIdent writes
// them, bare or double-quoted (a doubled quote stands for one), up to the end
// of s or the first colon outside quotes, which starts the returned rest.
func readIdentifiers(s string) (idents []string, rest string, err error) {
	for {
		var ident string
		if strings.HasPrefix(s, `"`) {
			var b strings.Builder
			i := 1
			for {
				if i >= len(s) {
					return nil, "", fmt.Errorf("unterminated quoted identifier")
				}
				if s[i] == '"' {
					if i+1 < len(s) && s[i+1] == '"' {
						b.WriteByte('"')
						i += 2
						continue
					}
					break
				}
				b.WriteByte(s[i])
				i++
			}
			ident, s = b.String(), s[i+1:]
		} else {
			end := strings.IndexAny(s, `.:"`)
			if end < 0 {
				end = len(s)
			}
			ident, s = s[:end], s[end:]
			if ident == "" {
				return nil, "", fmt.Errorf("empty bare identifier")
			}
		}
		idents = append(idents, ident)
		if !strings.HasPrefix(s, ".") {
			if s != "" && s[0] != ':' {
				return nil, "", fmt.Errorf("unexpected %q after an identifier", s)
			}
			return idents, s, nil
		}
		s = s[1:]
	}
}
