package hub

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// EnrollCodePrefix starts every enrollment code; the digit is its version.
const EnrollCodePrefix = "motcua1:"

// ErrBadEnrollCode: a code that is not one hub enroll printed (mistyped,
// cut short, or of another version).
var ErrBadEnrollCode = errors.New("not a valid enrollment code")

// EnrollCode is everything a station needs to join its hub, printed once
// by motcua hub enroll and typed or pasted into motcua sync enroll.
type EnrollCode struct {
	URL         string `json:"u"` // https://host:port
	Fingerprint string `json:"f"` // SHA-256 of the hub's TLS certificate, hex
	Recipient   string `json:"r"` // the hub's age recipient, age1…
	Station     string `json:"s"`
	Secret      string `json:"k"` // one-time enrollment secret
}

// String is the code: EnrollCodePrefix, then unpadded base64url of the
// compact JSON followed by the first 4 bytes of its SHA-256, so a
// mistyped character is refused before anything is sent.
func (c EnrollCode) String() string {
	j, _ := json.Marshal(c) // only strings: cannot fail
	sum := sha256.Sum256(j)
	return EnrollCodePrefix + base64.RawURLEncoding.EncodeToString(append(j, sum[:4]...))
}

// ParseEnrollCode reads a code written by String; spaces and line breaks
// (from copying out of a terminal) are ignored.
func ParseEnrollCode(s string) (EnrollCode, error) {
	s = strings.Join(strings.Fields(s), "")
	rest, ok := strings.CutPrefix(s, EnrollCodePrefix)
	if !ok {
		return EnrollCode{}, fmt.Errorf("%w: must start with %s", ErrBadEnrollCode, EnrollCodePrefix)
	}
	b, err := base64.RawURLEncoding.DecodeString(rest)
	if err != nil || len(b) < 5 {
		return EnrollCode{}, fmt.Errorf("%w: damaged", ErrBadEnrollCode)
	}
	j, check := b[:len(b)-4], b[len(b)-4:]
	sum := sha256.Sum256(j)
	if !bytes.Equal(sum[:4], check) {
		return EnrollCode{}, fmt.Errorf("%w: checksum does not match (mistyped?)", ErrBadEnrollCode)
	}
	var c EnrollCode
	dec := json.NewDecoder(bytes.NewReader(j))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return EnrollCode{}, fmt.Errorf("%w: %v", ErrBadEnrollCode, err)
	}
	if c.URL == "" || c.Fingerprint == "" || c.Recipient == "" || c.Station == "" || c.Secret == "" {
		return EnrollCode{}, fmt.Errorf("%w: incomplete", ErrBadEnrollCode)
	}
	return c, nil
}
