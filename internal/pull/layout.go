package pull

import (
	"path"
	"sort"
	"strings"

	"github.com/pgshape/pgshape/emitter"
	"github.com/pgshape/pgshape/model"
)

// Header is the first line of every file pull writes, and how pull tells its
// files from the user's.
const Header = "-- Written by pgshape pull; edit freely: pgshape reads this file as desired state."

// File is one file of a pulled schema directory.
type File struct {
	// Path is relative to the schema directory, with forward slashes.
	Path string
	// Objects are the objects the file defines, in the order it defines them.
	Objects []model.ObjectID
	// Content is the whole file: Header, then the definitions.
	Content string
}

// Top-level files for what belongs to no schema.
const (
	extensionsFile        = "extensions.sql"
	defaultPrivilegesFile = "default_privileges.sql"
	schemaFile            = "schema.sql"
	castsFile             = "casts.sql"
	eventTriggersFile     = "event_triggers.sql"
	foreignServersFile    = "foreign_servers.sql" // wrappers, servers and user mappings
	publicationsFile      = "publications.sql"
)

// globalFiles are the top-level files of the kinds that belong to no schema.
var globalFiles = map[model.ObjectKind]string{
	model.KindExtension:          extensionsFile,
	model.KindCast:               castsFile,
	model.KindEventTrigger:       eventTriggersFile,
	model.KindForeignDataWrapper: foreignServersFile,
	model.KindServer:             foreignServersFile,
	model.KindUserMapping:        foreignServersFile,
	model.KindPublication:        publicationsFile,
}

// kindFolders name the folder of each kind of object inside its schema's folder.
var kindFolders = map[model.ObjectKind]string{
	model.KindTable:     "tables",
	model.KindView:      "views",
	model.KindFunction:  "functions",
	model.KindType:      "types",
	model.KindSequence:  "sequences",
	model.KindCollation: "collations",
	model.KindAggregate: "aggregates",
	model.KindOperator:  "operators",
	// A class and the family of the same name (which CREATE OPERATOR CLASS makes
	// when it names none) share a file.
	model.KindOperatorClass:      "operator_classes",
	model.KindOperatorFamily:     "operator_classes",
	model.KindTextSearchConfig:   "text_search",
	model.KindTextSearchDict:     "text_search",
	model.KindTextSearchParser:   "text_search",
	model.KindTextSearchTemplate: "text_search",
	model.KindStatistics:         "statistics",
	model.KindForeignTable:       "foreign_tables",
}

// Layout groups definitions into files, one per object except that every
// overload of a function name shares a file, and a schema's file also holds the
// default privileges in it. Files are sorted by path; definitions keep the order
// Define gives them (kind, then name), so the output depends only on the
// definitions.
func Layout(defs []emitter.Definition) []File {
	byPath := map[string]*File{}
	var sqls = map[string][]string{}
	for _, d := range defs {
		p := filePath(d.Object)
		f, ok := byPath[p]
		if !ok {
			f = &File{Path: p}
			byPath[p] = f
		}
		f.Objects = append(f.Objects, d.Object)
		sqls[p] = append(sqls[p], strings.TrimRight(d.SQL, "\n"))
	}
	files := make([]File, 0, len(byPath))
	for p, f := range byPath {
		f.Content = Header + "\n\n" + strings.Join(sqls[p], "\n\n") + "\n"
		files = append(files, *f)
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	return files
}

// filePath says where an object's definition goes.
func filePath(id model.ObjectID) string {
	if f, ok := globalFiles[id.Kind]; ok {
		return f
	}
	switch id.Kind {
	case model.KindSchema:
		return path.Join(FileName(id.Name.Name), schemaFile)
	case model.KindDefaultPrivileges:
		if id.Name.Schema == "" {
			return defaultPrivilegesFile
		}
		return path.Join(FileName(id.Name.Schema), schemaFile)
	}
	name := id.Name.Name
	if id.Kind == model.KindFunction || id.Kind == model.KindAggregate || id.Kind == model.KindOperator {
		// Overloads share the file of their name: "add(integer, integer)" → add.
		name, _, _ = strings.Cut(name, "(")
	}
	folder, ok := kindFolders[id.Kind]
	if !ok {
		// A kind Define may learn later: a folder of its own rather than a wrong one.
		folder = strings.ReplaceAll(string(id.Kind), " ", "_") + "s"
	}
	return path.Join(FileName(id.Name.Schema), folder, FileName(name)+".sql")
}

// objectOfPath reads back what a path of Layout's holds, for the scope: the
// schema's folder and the object's name (a function's without arguments). ok is
// false for a database-wide file or a path Layout does not write.
func objectOfPath(p string) (id model.ObjectID, ok bool) {
	parts := strings.Split(p, "/")
	schema, ok := ParseFileName(parts[0])
	if !ok || len(parts) < 2 {
		return model.ObjectID{}, false
	}
	if len(parts) == 2 && parts[1] == schemaFile {
		return model.ObjectID{Kind: model.KindSchema, Name: model.QName{Name: schema}}, true
	}
	if len(parts) != 3 || !strings.HasSuffix(parts[2], ".sql") {
		return model.ObjectID{}, false
	}
	name, ok := ParseFileName(strings.TrimSuffix(parts[2], ".sql"))
	if !ok {
		return model.ObjectID{}, false
	}
	for kind, folder := range kindFolders {
		if folder == parts[1] {
			return model.ObjectID{Kind: kind, Name: model.QName{Schema: schema, Name: name}}, true
		}
	}
	return model.ObjectID{}, false
}
