package planner

import "github.com/pgshape/pgshape/model"

// keepLiveFacts copies into the rebuilt current state what the rebuild cannot
// carry, being facts of the live database rather than definitions: the server's
// version (the rebuild runs on the scratch server) and which indexes are invalid
// (left by a failed concurrent build; the rebuild makes them valid).
func keepLiveFacts(live, rebuilt *model.Catalog) {
	rebuilt.ServerVersion = live.ServerVersion
	for name, t := range live.Tables {
		rt := rebuilt.Tables[name]
		if rt == nil {
			continue
		}
		for _, i := range t.Indexes {
			if ri := rt.Index(i.Name); ri != nil && i.Invalid {
				ri.Invalid = true
			}
		}
	}
}
