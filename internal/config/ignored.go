package config

import "strings"

// unsupported lists Flyway settings that change what Flyway does with migrations
// but that pgshape does not implement, with Flyway's default. A value other than
// the default is reported as a warning, since pgshape will not behave as Flyway
// would.
var unsupported = map[string]string{
	"sqlMigrationPrefix":           "V",
	"repeatableSqlMigrationPrefix": "R",
	"sqlMigrationSeparator":        "__",
	"sqlMigrationSuffixes":         ".sql",
	"placeholderReplacement":       "true",
	"placeholderSeparator":         ":",
	"scriptPlaceholderPrefix":      "FP__",
	"scriptPlaceholderSuffix":      "__",
	"executeInTransaction":         "true",
	"skipExecutingMigrations":      "false",
	"createSchemas":                "true",
	"encoding":                     "UTF-8",
	"cleanOnValidationError":       "false",
	"failOnMissingLocations":       "false",
	"failOnMissingTarget":          "false",
	"skipDefaultCallbacks":         "false",
	"callbacks":                    "",
	"callbackLocations":            "",
	"initSql":                      "",
	"tablespace":                   "",
	"errorOverrides":               "",
	"connectRetriesInterval":       "",
	"skipVersions":                 "",
}

// harmless lists Flyway settings that make no difference to pgshape (drivers,
// licences, output formats, other products); they are ignored without a word.
var harmless = map[string]bool{
	"driver": true, "jarDirs": true, "licenseKey": true, "outputType": true,
	"outputProgress": true, "outputQueryResults": true, "outputLogsInJson": true,
	"reportEnabled": true, "reportFilename": true, "loggers": true,
	"environmentProvisionMode": true, "kerberosConfigFile": true, "dryRunOutput": true,
	"stream": true, "batch": true, "detectEncoding": true, "configFiles": true,
	"configFileEncoding": true, "communityDBSupportEnabled": true,
	"powershellExecutable": true, "resolvers": true, "migrationResolvers": true,
	"skipDefaultResolvers": true, "undoSqlMigrationPrefix": true,
	"workingDirectory": true, "email": true, "token": true, "cherryPick": true,
	"provisioner": true, "propertyResolvers": true,
}

// harmlessNamespaces are the first parts of dotted Flyway settings that belong to
// other databases or products ([flyway.sqlserver], flyway.oracle.sqlplus, ...).
var harmlessNamespaces = map[string]bool{
	"oracle": true, "sqlserver": true, "mysql": true, "mariadb": true, "db2": true,
	"snowflake": true, "cockroachdb": true, "mongodb": true, "clickhouse": true,
	"bigquery": true, "check": true, "plugins": true, "resolvers": true,
	"propertyResolvers": true, "vault": true, "secretsManager": true, "gcsm": true,
	"dapr": true, "redgate": true, "flywayDesktop": true,
}

// classify says what to do with a Flyway setting pgshape has no setter for:
// "" to ignore it silently, else the warning's text.
func classify(name string, v value) string {
	if def, ok := unsupported[name]; ok {
		if strings.EqualFold(strings.TrimSpace(v.text()), def) {
			return ""
		}
		return "not supported by pgshape, ignored (Flyway would use it)"
	}
	if harmless[name] {
		return ""
	}
	first, _, _ := strings.Cut(name, ".")
	if harmlessNamespaces[first] {
		return ""
	}
	if first == "jdbcProperties" {
		return "JDBC driver properties are not used by pgshape; put connection settings in the URL"
	}
	if first == "postgresql" {
		return "unknown PostgreSQL setting, ignored"
	}
	return "unknown setting, ignored"
}
