// Package config reads Flyway's configuration the way Flyway does, and pgshape's
// own settings from the same files.
package config
