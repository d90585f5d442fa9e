package accounts

import (
	"bytes"
	"context"
	"crypto/rsa"
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/crypto/ssh"

	"motcua/store"
)

// MaxKeyLineLen bounds an authorized_keys line (an RSA 8192 key is ~1.4 KB).
const MaxKeyLineLen = 8192

// minRSABits is the smallest RSA key accepted.
const minRSABits = 2048

// Key is one authorized public key of an account.
type Key struct {
	Line        string // normalised authorized_keys line: type, key, comment
	Fingerprint string // SHA256:… as ssh-keygen -l prints it
	Type        string // ssh-ed25519, ecdsa-sha2-nistp256, ssh-rsa, …
	Comment     string
	PublicKey   ssh.PublicKey
}

// ParseKey reads one authorized_keys line (options are not allowed) and
// checks the key: no DSA, no RSA under 2048 bits, no certificates. The
// comment keeps only printable characters.
func ParseKey(line string) (Key, error) {
	line = strings.TrimSpace(line)
	if line == "" || len(line) > MaxKeyLineLen || strings.ContainsAny(line, "\r\n") {
		return Key{}, fmt.Errorf("public key: must be one line of at most %d bytes: %w", MaxKeyLineLen, ErrInvalidKey)
	}
	pub, comment, options, rest, err := ssh.ParseAuthorizedKey([]byte(line))
	if err != nil {
		return Key{}, fmt.Errorf("public key: %w: %w", ErrInvalidKey, err)
	}
	if len(options) > 0 || len(bytes.TrimSpace(rest)) > 0 {
		return Key{}, fmt.Errorf("public key: options and several keys are not allowed: %w", ErrInvalidKey)
	}
	if err := checkKeyStrength(pub); err != nil {
		return Key{}, err
	}
	comment = strings.Map(func(r rune) rune {
		if unicode.IsPrint(r) {
			return r
		}
		return -1
	}, strings.TrimSpace(comment))
	norm := strings.TrimSpace(string(ssh.MarshalAuthorizedKey(pub)))
	if comment != "" {
		norm += " " + comment
	}
	return Key{Line: norm, Fingerprint: ssh.FingerprintSHA256(pub), Type: pub.Type(), Comment: comment,
		PublicKey: pub}, nil
}

// checkKeyStrength refuses key types too weak for a station.
func checkKeyStrength(pub ssh.PublicKey) error {
	switch pub.Type() {
	case "ssh-dss": // ssh.KeyAlgoDSA, deprecated
		return fmt.Errorf("public key: DSA keys are too weak: %w", ErrInvalidKey)
	case ssh.KeyAlgoRSA:
		ck, ok := pub.(ssh.CryptoPublicKey)
		if !ok {
			return fmt.Errorf("public key: unreadable RSA key: %w", ErrInvalidKey)
		}
		if rk, ok := ck.CryptoPublicKey().(*rsa.PublicKey); !ok || rk.N.BitLen() < minRSABits {
			return fmt.Errorf("public key: RSA keys need at least %d bits: %w", minRSABits, ErrInvalidKey)
		}
	}
	if _, isCert := pub.(*ssh.Certificate); isCert {
		return fmt.Errorf("public key: certificates are not supported: %w", ErrInvalidKey)
	}
	return nil
}

// AddKey authorizes the public key of authorized_keys line for the
// account. Adding a key it already has changes nothing.
func (r *Roster) AddKey(ctx context.Context, name, authorizedKeyLine string) error {
	k, err := ParseKey(authorizedKeyLine)
	if err != nil {
		return fmt.Errorf("add key to %s: %w", name, err)
	}
	err = r.change(ctx, name, "key add "+name+" "+k.Fingerprint, func(tx *store.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO account_keys (account, fingerprint, line, added_at)
			VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`, name, k.Fingerprint, k.Line, r.clock.Now().UnixMilli())
		return err
	})
	if err != nil {
		return fmt.Errorf("add key to %s: %w", name, err)
	}
	return nil
}

// RemoveKey removes the account's key with the fingerprint (SHA256:…, the
// prefix may be left out); ErrUnknownKey when it has none such.
func (r *Roster) RemoveKey(ctx context.Context, name, fingerprint string) error {
	if !strings.HasPrefix(fingerprint, "SHA256:") {
		fingerprint = "SHA256:" + fingerprint
	}
	err := r.change(ctx, name, "key remove "+name+" "+fingerprint, func(tx *store.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM account_keys WHERE account = ? AND fingerprint = ?`, name, fingerprint)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil || n == 0 {
			return ErrUnknownKey
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("remove key %s from %s: %w", fingerprint, name, err)
	}
	return nil
}

// storedKey is an account_keys row.
type storedKey struct{ fingerprint, line string }

// readKeys reads the keys of the account, oldest first.
func readKeys(ctx context.Context, tx *store.Tx, name string) ([]storedKey, error) {
	rows, err := tx.QueryContext(ctx,
		`SELECT fingerprint, line FROM account_keys WHERE account = ? ORDER BY added_at, fingerprint`, name)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []storedKey
	for rows.Next() {
		var k storedKey
		if err := rows.Scan(&k.fingerprint, &k.line); err != nil {
			return nil, err
		}
		out = append(out, k)
	}
	return out, rows.Err()
}
