package model

import (
	"fmt"
	"strings"
)

// MarshalText writes the name as SQL (String), so that a name reads as itself
// where a catalog is stored as text (JSON keys and values) and reads back
// unchanged (UnmarshalText).
func (q QName) MarshalText() ([]byte, error) { return []byte(q.String()), nil }

// UnmarshalText reads a name written by MarshalText: one or two identifiers
// separated by a dot, each bare or double-quoted.
func (q *QName) UnmarshalText(b []byte) error {
	parts, rest, err := readIdentifiers(string(b))
	if err != nil || rest != "" || len(parts) > 2 {
		return fmt.Errorf("model: %q is not a name written as one or two identifiers", b)
	}
	*q = QName{Name: parts[len(parts)-1]}
	if len(parts) == 2 {
		q.Schema = parts[0]
	}
	return nil
}

// MarshalText writes the id as "kind:name", with ":member" when it has one
// ("column:public.users:email"): the kind first, so that stored ids sort by
// kind as ObjectID.Less orders them.
func (o ObjectID) MarshalText() ([]byte, error) {
	if strings.Contains(string(o.Kind), ":") {
		return nil, fmt.Errorf("model: object kind %q has a colon", o.Kind)
	}
	s := string(o.Kind) + ":" + o.Name.String()
	if o.Member != "" {
		s += ":" + QuoteIdent(o.Member)
	}
	return []byte(s), nil
}

// UnmarshalText reads an id written by MarshalText.
func (o *ObjectID) UnmarshalText(b []byte) error {
	bad := fmt.Errorf("model: %q is not an object id written as kind:name[:member]", b)
	kind, rest, ok := strings.Cut(string(b), ":")
	if !ok {
		return bad
	}
	name, rest, err := readIdentifiers(rest)
	if err != nil || len(name) > 2 {
		return bad
	}
	id := ObjectID{Kind: ObjectKind(kind), Name: QName{Name: name[len(name)-1]}}
	if len(name) == 2 {
		id.Name.Schema = name[0]
	}
	if rest != "" {
		member, after, err := readIdentifiers(strings.TrimPrefix(rest, ":"))
		if err != nil || !strings.HasPrefix(rest, ":") || len(member) != 1 || after != "" {
			return bad
		}
		id.Member = member[0]
	}
	*o = id
	return nil
}

// readIdentifiers reads dot-separated identifiers as QuoteIdent writes them, bare
// or double-quoted (a doubled quote stands for one), up to the end of s or the
// first colon outside quotes, which starts the returned rest.
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
