package migrate

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"strings"
)

// Callback events: SQL files named after them (beforeMigrate.sql, or
// beforeMigrate__note.sql) found in the locations run when the event happens,
// in name order. They are not migrations and have no history row.
const (
	BeforeMigrate         = "beforeMigrate"
	BeforeEachMigrate     = "beforeEachMigrate"
	AfterEachMigrate      = "afterEachMigrate"
	AfterEachMigrateError = "afterEachMigrateError"
	AfterMigrate          = "afterMigrate"
	AfterMigrateApplied   = "afterMigrateApplied"
	AfterVersioned        = "afterVersioned"
	AfterMigrateError     = "afterMigrateError"
	BeforeValidate        = "beforeValidate"
	AfterValidate         = "afterValidate"
	AfterValidateError    = "afterValidateError"
	BeforeInfo            = "beforeInfo"
	AfterInfo             = "afterInfo"
	AfterInfoError        = "afterInfoError"
	BeforeBaseline        = "beforeBaseline"
	AfterBaseline         = "afterBaseline"
	AfterBaselineError    = "afterBaselineError"
	BeforeRepair          = "beforeRepair"
	AfterRepair           = "afterRepair"
	AfterRepairError      = "afterRepairError"
	BeforeClean           = "beforeClean"
	AfterClean            = "afterClean"
	AfterCleanError       = "afterCleanError"
)

// callbackEvents are the events pgshape runs. Flyway's other event names
// (beforeEachMigrateStatement, beforeConnect, createSchema, ...) are recognised
// so that their files are not taken for anything else, but never run: see
// unsupportedEvents.
var callbackEvents = []string{
	BeforeMigrate, BeforeEachMigrate, AfterEachMigrate, AfterEachMigrateError, AfterMigrate,
	AfterMigrateApplied, AfterVersioned, AfterMigrateError,
	BeforeValidate, AfterValidate, AfterValidateError, BeforeInfo, AfterInfo, AfterInfoError,
	BeforeBaseline, AfterBaseline, AfterBaselineError, BeforeRepair, AfterRepair, AfterRepairError,
	BeforeClean, AfterClean, AfterCleanError,
}

var unsupportedEvents = []string{
	"beforeEachMigrateStatement", "afterEachMigrateStatement", "afterEachMigrateStatementError",
	"beforeConnect", "afterConnect", "createSchema", "beforeCreateSchema",
	"beforeUndo", "beforeEachUndo", "afterEachUndo", "afterEachUndoError", "afterUndo", "afterUndoError",
}

// callback is one callback script.
type callback struct {
	event    string
	name     string // path in its location
	location string
	text     string
}

// readCallback reads path when its name is a callback's (event.sql or
// event__description.sql, event case-insensitive).
func readCallback(loc Location, path string) (callback, bool, error) {
	canonical := callbackEvent(path)
	if canonical == "" {
		return callback{}, false, nil
	}
	content, err := fs.ReadFile(loc.FS, path)
	if err != nil {
		return callback{}, false, fmt.Errorf("migrate: read %s: %w", path, err)
	}
	return callback{event: canonical, name: path, location: loc.Name, text: string(bytes.TrimPrefix(content, utf8BOM))}, true, nil
}

// callbackEvent returns the event a .sql file at path is a callback for, as
// spelled in callbackEvents ("unsupported:" and the event for the ones never
// run), or "" when its name is not a callback's.
func callbackEvent(path string) string {
	base := path[strings.LastIndexByte(path, '/')+1:]
	stem := base[:len(base)-len(suffix)]
	event, _, _ := strings.Cut(stem, separator)
	for _, e := range callbackEvents {
		if strings.EqualFold(e, event) {
			return e
		}
	}
	for _, e := range unsupportedEvents {
		if strings.EqualFold(e, event) {
			return "unsupported:" + e
		}
	}
	return ""
}

// runCallbacks runs the callbacks of event, each in its own transaction when it
// can, or inside the transaction already open when inTx.
func (s *session) runCallbacks(ctx context.Context, event string, inTx bool) error {
	for _, cb := range s.src.callbacks {
		if cb.event != event {
			continue
		}
		text, err := s.placeholders.replace(cb.text, cb.name)
		if err != nil {
			return err
		}
		if !inTx && event != BeforeEachMigrate && event != AfterEachMigrate {
			s.cfg.logf("callback %s: %s", event, cb.name)
		}
		if inTx {
			sc := splitScript(text)
			if sc.noTx != "" {
				return fmt.Errorf("migrate: callback %s: %s cannot run inside the migration's transaction", cb.name, sc.noTx)
			}
			err = runStatements(ctx, s.conn.PgConn(), cb.name, sc)
		} else {
			err = applyFile(ctx, s.conn.PgConn(), cb.name, text)
		}
		if err != nil {
			return err // names the callback's file
		}
	}
	return nil
}
