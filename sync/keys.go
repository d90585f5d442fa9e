package sync

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"strings"
)

// Text forms of station keys: a prefix naming what the key is, then the
// standard base64 of the raw bytes (the 32-byte seed for the private key,
// the 32-byte public key otherwise), so a key pasted in the wrong place is
// refused instead of misused.
const (
	stationKeyPrefix = "motcua-station-key:"
	stationPubPrefix = "motcua-station-pub:"
)

// NewStationKey makes a station's signing key.
func NewStationKey() (ed25519.PrivateKey, error) {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("make station key: %w", err)
	}
	return priv, nil
}

// FormatStationKey is the text form of a station's private key.
func FormatStationKey(k ed25519.PrivateKey) string {
	return stationKeyPrefix + base64.StdEncoding.EncodeToString(k.Seed())
}

// ParseStationKey reads the text form written by FormatStationKey.
func ParseStationKey(s string) (ed25519.PrivateKey, error) {
	seed, err := parseKeyText(s, stationKeyPrefix)
	if err != nil {
		return nil, fmt.Errorf("station key: %w", err)
	}
	return ed25519.NewKeyFromSeed(seed), nil
}

// FormatStationPublicKey is the text form of a station's public key, the one
// the hub records at enrollment.
func FormatStationPublicKey(k ed25519.PublicKey) string {
	return stationPubPrefix + base64.StdEncoding.EncodeToString(k)
}

// ParseStationPublicKey reads the text form written by FormatStationPublicKey.
func ParseStationPublicKey(s string) (ed25519.PublicKey, error) {
	b, err := parseKeyText(s, stationPubPrefix)
	if err != nil {
		return nil, fmt.Errorf("station public key: %w", err)
	}
	return ed25519.PublicKey(b), nil
}

func parseKeyText(s, prefix string) ([]byte, error) {
	rest, ok := strings.CutPrefix(strings.TrimSpace(s), prefix)
	if !ok {
		return nil, fmt.Errorf("must start with %q", prefix)
	}
	b, err := base64.StdEncoding.DecodeString(rest)
	if err != nil {
		return nil, fmt.Errorf("bad base64: %w", err)
	}
	if len(b) != 32 {
		return nil, fmt.Errorf("%d bytes, want 32", len(b))
	}
	return b, nil
}

// KeyLookup gives the public key of an enrolled station. It returns a nil key
// and a nil error for a station it does not know; an error only when the
// lookup itself failed (the hub's database, say).
type KeyLookup func(station string) (ed25519.PublicKey, error)

// Keys is a fixed set of stations' public keys, for tools and tests.
type Keys map[string]ed25519.PublicKey

// Lookup is the KeyLookup of a fixed set.
func (k Keys) Lookup(station string) (ed25519.PublicKey, error) { return k[station], nil }
