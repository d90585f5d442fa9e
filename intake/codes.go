package intake

import (
	"context"
	"crypto/rand"
	"database/sql"
	"errors"
	"fmt"
	"math/big"
	"regexp"
	"strings"
	"time"

	"motcua/store"
)

// DossierCode is the dossier code {agency}-{yymmdd}-{NNNN}: the agency's
// identifier, the local date received and the sequence of that agency's
// day, at least four digits (a 10 000th dossier in a day gets five). The
// code is in upper case, so that what a citizen types in any case matches.
func DossierCode(agency string, received time.Time, seq int) string {
	return fmt.Sprintf("%s-%s-%04d", strings.ToUpper(agency), received.In(store.Local).Format("060102"), seq)
}

// nextDossierSeq takes the next sequence number of the agency's day inside
// the caller's write transaction. BEGIN IMMEDIATE serialises writers, in
// this process and in others, so two counters saving at once get
// different numbers.
func nextDossierSeq(ctx context.Context, tx *store.Tx, agency, day string) (int, error) {
	var n int
	err := tx.QueryRowContext(ctx, `INSERT INTO dossier_numbers (agency, day, last) VALUES (?, ?, 1)
		ON CONFLICT (agency, day) DO UPDATE SET last = last + 1 RETURNING last`, agency, day).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("next dossier number: %w", err)
	}
	return n, nil
}

// LookupAlphabet is the alphabet of lookup codes: digits and capitals
// without the look-alikes 0/O, 1/I/L and U/V.
const LookupAlphabet = "23456789ABCDEFGHJKMNPQRSTWXYZ"

// LookupLength is the length of a lookup code: 29^8 ≈ 5·10^11 codes, so a
// guess at the kiosk practically never hits a dossier.
const LookupLength = 8

// newLookup draws a random lookup code.
func newLookup() (string, error) {
	b := make([]byte, LookupLength)
	max := big.NewInt(int64(len(LookupAlphabet)))
	for i := range b {
		n, err := rand.Int(rand.Reader, max)
		if err != nil {
			return "", fmt.Errorf("draw lookup code: %w", err)
		}
		b[i] = LookupAlphabet[n.Int64()]
	}
	return string(b), nil
}

// uniqueLookup draws lookup codes until one is not used yet.
func uniqueLookup(ctx context.Context, tx *store.Tx) (string, error) {
	for range 20 {
		code, err := newLookup()
		if err != nil {
			return "", err
		}
		var one int
		err = tx.QueryRowContext(ctx, `SELECT 1 FROM dossiers WHERE lookup = ?`, code).Scan(&one)
		if errors.Is(err, sql.ErrNoRows) {
			return code, nil
		}
		if err != nil {
			return "", fmt.Errorf("check lookup code: %w", err)
		}
	}
	return "", errors.New("no free lookup code after 20 draws")
}

// FormatLookup groups a lookup code for reading aloud and printing:
// "K7M4-P2QX".
func FormatLookup(code string) string {
	if len(code) != LookupLength {
		return code
	}
	return code[:4] + "-" + code[4:]
}

// NormaliseLookup reads a lookup code as typed: case, spaces and dashes
// are ignored, and the look-alikes O→0… are not in the alphabet, so a code
// with them is simply not found. It returns "" when the text cannot be a
// lookup code.
func NormaliseLookup(s string) string {
	s = strings.ToUpper(strings.NewReplacer(" ", "", "-", "", ".", "").Replace(Clean(s, 40)))
	if len(s) != LookupLength || strings.Trim(s, LookupAlphabet) != "" {
		return ""
	}
	return s
}

// codePattern finds a dossier code in text, such as a scanned QR code that
// may hold a web address around it.
var codePattern = regexp.MustCompile(`[A-Za-z0-9][A-Za-z0-9.]*-\d{6}-\d{4,6}`)

// FindDossierCode returns the dossier code in text (typed or scanned), in
// upper case, or "".
func FindDossierCode(s string) string {
	return strings.ToUpper(codePattern.FindString(Clean(s, MaxScan)))
}
