package review

import (
	"strings"
)

// maxSuggestedName keeps a suggested migration name short enough to read in a
// file listing.
const maxSuggestedName = 60

// SuggestMigrationName proposes a name for the migration that makes the object
// diffs, for commands printed for a human to run: "add_reviews",
// "change_users_and_drop_legacy", or "update_schema" when more than two
// objects change. Only lower-case letters, digits and underscores.
func SuggestMigrationName(objects []ObjectDiff) string {
	if len(objects) == 0 || len(objects) > 2 {
		return "update_schema"
	}
	verbs := map[Status]string{Added: "add", Changed: "change", Dropped: "drop"}
	parts := make([]string, len(objects))
	for i, o := range objects {
		name := o.Object.Name.Name
		if j := strings.IndexByte(name, '('); j >= 0 { // a function's arguments
			name = name[:j]
		}
		parts[i] = verbs[o.Status] + "_" + name
	}
	s := identifierish(strings.Join(parts, "_and_"))
	if len(s) > maxSuggestedName {
		s = strings.TrimRight(s[:maxSuggestedName], "_")
	}
	return s
}

// identifierish lower-cases s and turns every run of other characters than
// letters and digits into one underscore.
func identifierish(s string) string {
	var b strings.Builder
	under := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			under = false
		} else if !under && b.Len() > 0 {
			b.WriteByte('_')
			under = true
		}
	}
	return strings.TrimRight(b.String(), "_")
}
