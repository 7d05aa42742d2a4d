package parser

import "github.com/pgshape/pgshape/model"

// ParseFilesCatalog is ParseFiles with the catalog the parser checks statements
// against, for the tests of package parser_test.
func ParseFilesCatalog(files map[string]string) (*Result, *model.Catalog, error) {
	return parseFiles(files)
}
