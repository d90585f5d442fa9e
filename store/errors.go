package store

import (
	"errors"
	"fmt"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// The ways a database can refuse to work. Callers test them with errors.Is
// and show the user a sentence from the translation table, never the SQLite
// text.
var (
	ErrLocked     = errors.New("database is locked by another program")
	ErrReadOnly   = errors.New("database is read-only")
	ErrCorrupt    = errors.New("database file is damaged or is not a motcua database")
	ErrTooNew     = errors.New("database was written by a newer motcua")
	ErrCannotOpen = errors.New("database file cannot be opened")
)

// classify adds the matching sentinel to a SQLite error, keeping the
// original text for the log.
func classify(err error) error {
	if err == nil {
		return nil
	}
	for _, s := range []error{ErrLocked, ErrReadOnly, ErrCorrupt, ErrTooNew, ErrCannotOpen} {
		if errors.Is(err, s) {
			return err
		}
	}
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return err
	}
	switch se.Code() & 0xff { // extended codes keep the primary code in the low byte
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		return fmt.Errorf("%w: %w", ErrLocked, err)
	case sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM:
		return fmt.Errorf("%w: %w", ErrReadOnly, err)
	case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
		return fmt.Errorf("%w: %w", ErrCorrupt, err)
	case sqlite3.SQLITE_CANTOPEN:
		return fmt.Errorf("%w: %w", ErrCannotOpen, err)
	}
	return err
}
