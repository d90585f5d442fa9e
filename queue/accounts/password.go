package accounts

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/crypto/argon2"
)

// Password rules: long enough to resist guessing at the hall's lockout
// rate, short enough to hash quickly.
const (
	MinPasswordLen = 8   // characters
	MaxPasswordLen = 128 // bytes
)

// argon2id parameters (OWASP's recommended minimum): 19 MiB and 2 passes,
// about 40 ms on one core (BenchmarkHashPassword). At most hashSlotCount
// hashes run at once, so a burst of logins needs 38 MiB, not 19 MiB per
// login.
const (
	argonMemoryKiB = 19 * 1024
	argonTime      = 2
	argonThreads   = 1
	argonKeyLen    = 32
	argonSaltLen   = 16
	hashSlotCount  = 2
)

// hashSlots bounds the argon2id hashes running at once.
var hashSlots = make(chan struct{}, hashSlotCount)

// argonKey is argon2.IDKey; tests replace it to watch concurrency.
var argonKey = argon2.IDKey

// ValidatePassword checks a new password for the account name: 8 to 128
// bytes of valid text, at least 8 characters, no control characters, not
// the name itself and not one character repeated.
func ValidatePassword(name, password string) error {
	if !utf8.ValidString(password) {
		return fmt.Errorf("password: not valid text: %w", ErrWeakPassword)
	}
	if len(password) > MaxPasswordLen {
		return fmt.Errorf("password: more than %d bytes: %w", MaxPasswordLen, ErrWeakPassword)
	}
	if utf8.RuneCountInString(password) < MinPasswordLen {
		return fmt.Errorf("password: fewer than %d characters: %w", MinPasswordLen, ErrWeakPassword)
	}
	for _, r := range password {
		if unicode.IsControl(r) {
			return fmt.Errorf("password: control character %U: %w", r, ErrWeakPassword)
		}
	}
	if strings.EqualFold(password, name) {
		return fmt.Errorf("password: same as the account name: %w", ErrWeakPassword)
	}
	first, _ := utf8.DecodeRuneInString(password)
	if strings.Trim(password, string(first)) == "" {
		return fmt.Errorf("password: one character repeated: %w", ErrWeakPassword)
	}
	return nil
}

// hashPassword returns the argon2id PHC string of password with a fresh
// salt: $argon2id$v=19$m=19456,t=2,p=1$salt$hash.
func hashPassword(ctx context.Context, password string) (string, error) {
	salt := make([]byte, argonSaltLen)
	_, _ = rand.Read(salt) // crypto/rand never fails on supported platforms
	key, err := derive(ctx, password, salt, argonTime, argonMemoryKiB, argonThreads, argonKeyLen)
	if err != nil {
		return "", err
	}
	b64 := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version,
		argonMemoryKiB, argonTime, argonThreads, b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

// derive runs argon2id once a hash slot is free.
func derive(ctx context.Context, password string, salt []byte, t, m uint32, p uint8, keyLen uint32) ([]byte, error) {
	select {
	case hashSlots <- struct{}{}:
	case <-ctx.Done():
		return nil, fmt.Errorf("wait to hash password: %w", ctx.Err())
	}
	defer func() { <-hashSlots }()
	return argonKey([]byte(password), salt, t, m, p, keyLen), nil
}

// phc is a parsed argon2id PHC string.
type phc struct {
	memory, time uint32
	threads      uint8
	salt, key    []byte
}

// Limits on a stored hash's parameters, so a tampered row cannot make a
// login take gigabytes.
const (
	maxStoredMemoryKiB = 256 * 1024
	maxStoredTime      = 16
	maxStoredThreads   = 8
)

// parsePHC reads an argon2id PHC string as hashPassword writes it.
func parsePHC(s string) (phc, error) {
	parts := strings.Split(s, "$")
	if len(parts) != 6 || parts[0] != "" || parts[1] != "argon2id" {
		return phc{}, fmt.Errorf("stored password is not an argon2id hash")
	}
	var version int
	if _, err := fmt.Sscanf(parts[2], "v=%d", &version); err != nil || version != argon2.Version {
		return phc{}, fmt.Errorf("stored password: argon2 version %q", parts[2])
	}
	var h phc
	var threads uint32
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &h.memory, &h.time, &threads); err != nil {
		return phc{}, fmt.Errorf("stored password: parameters %q: %w", parts[3], err)
	}
	if h.memory < 8 || h.memory > maxStoredMemoryKiB || h.time < 1 || h.time > maxStoredTime ||
		threads < 1 || threads > maxStoredThreads {
		return phc{}, fmt.Errorf("stored password: parameters %q out of range", parts[3])
	}
	h.threads = uint8(threads)
	var err error
	b64 := base64.RawStdEncoding
	if h.salt, err = b64.DecodeString(parts[4]); err != nil || len(h.salt) < 8 {
		return phc{}, fmt.Errorf("stored password: bad salt")
	}
	if h.key, err = b64.DecodeString(parts[5]); err != nil || len(h.key) < 16 || len(h.key) > 64 {
		return phc{}, fmt.Errorf("stored password: bad hash")
	}
	return h, nil
}

// verifyPassword reports whether password matches the PHC string stored.
func verifyPassword(ctx context.Context, stored, password string) (bool, error) {
	h, err := parsePHC(stored)
	if err != nil {
		return false, err
	}
	if len(password) > MaxPasswordLen {
		return false, nil // never hashed: no stored password is this long
	}
	key, err := derive(ctx, password, h.salt, h.time, h.memory, h.threads, uint32(len(h.key)))
	if err != nil {
		return false, err
	}
	return subtle.ConstantTimeCompare(key, h.key) == 1, nil
}
