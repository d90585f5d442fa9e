// Package sync turns the station's transactional outbox into batches for the
// district hub, and reads them back on the hub.
//
// A batch is a contiguous range of outbox rows, written as JSON lines,
// compressed with gzip, encrypted with age to the hub's X25519 recipient,
// and preceded by a manifest (station, batch number, range, SHA-256 of the
// encrypted payload, station clock, versions) signed with the station's
// ed25519 key. The same bytes travel over HTTPS or on a USB stick; the
// layout is documented in docs/SYNC.md so that another program can read it
// and the real age command-line tool can decrypt the payload.
//
// The name shadows the standard library's sync; import that one as
// gosync "sync" where it is needed.
package sync

import "errors"

// Format is the version of the batch layout this package writes. It appears
// in the first line of every batch and in the manifest.
const Format = 1

// Magic is the first line of a batch (without its newline) for Format.
const Magic = "motcua-batch 1"

// Compression names the payload compression, as written in the manifest.
const Compression = "gzip"

// Why a batch is refused. Each has its own sentinel so the hub can answer
// with its own status code and the station can tell retry from give-up.
var (
	// ErrUnknownStation: the manifest names a station the hub has no key for.
	ErrUnknownStation = errors.New("unknown station")
	// ErrBadSignature: the manifest's signature does not verify with the
	// station's key (forged, or signed by another station).
	ErrBadSignature = errors.New("bad manifest signature")
	// ErrTampered: the payload's SHA-256 or length differs from the signed
	// manifest's.
	ErrTampered = errors.New("payload does not match its manifest")
	// ErrUndecryptable: age could not decrypt the payload (another hub's key,
	// or a corrupt age file that still matched its hash).
	ErrUndecryptable = errors.New("payload cannot be decrypted with this hub's key")
	// ErrMalformed: the bytes are not a batch (garbage, truncated, bad JSON).
	ErrMalformed = errors.New("malformed batch")
	// ErrOversized: the batch, its manifest or its decompressed records exceed
	// the configured limits.
	ErrOversized = errors.New("batch too large")
	// ErrUnsupportedVersion: a batch of a format this binary does not know.
	ErrUnsupportedVersion = errors.New("unsupported batch format")
	// ErrRecordsMismatch: the decrypted records do not match the manifest's
	// range or count.
	ErrRecordsMismatch = errors.New("records do not match the manifest")
)
