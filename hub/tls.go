package hub

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"time"

	"filippo.io/age"

	"motcua/sync"
)

// Files of a hub folder (motcua hub init).
const (
	IdentityFile = "hub-identity.txt" // age identity, age-keygen format
	CertFile     = "hub-cert.pem"
	KeyFile      = "hub-key.pem"
)

// ErrHubExists: hub init would overwrite keys stations already use.
var ErrHubExists = errors.New("hub folder already holds keys")

// Keys are what a hub folder holds.
type Keys struct {
	Identity    *age.X25519Identity
	Certificate tls.Certificate
	Fingerprint string // sync.Fingerprint of the certificate
}

// InitKeys creates the hub's age identity and a self-signed ECDSA P-256
// certificate (10 years; stations pin it by fingerprint, so names and
// expiry are not what makes it trusted) in dir. hosts are extra DNS names
// or IP addresses for the certificate. It refuses to overwrite.
func InitKeys(dir string, hosts []string, now time.Time) (Keys, error) {
	for _, f := range []string{IdentityFile, CertFile, KeyFile} {
		if _, err := os.Stat(filepath.Join(dir, f)); err == nil {
			return Keys{}, fmt.Errorf("%s: %w", filepath.Join(dir, f), ErrHubExists)
		}
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return Keys{}, fmt.Errorf("create hub folder: %w", err)
	}
	id, err := age.GenerateX25519Identity()
	if err != nil {
		return Keys{}, fmt.Errorf("make age identity: %w", err)
	}
	idText := fmt.Sprintf("# created: %s\n# public key: %s\n%s\n", now.UTC().Format(time.RFC3339), id.Recipient(), id)
	certPEM, keyPEM, err := selfSigned(hosts, now)
	if err != nil {
		return Keys{}, err
	}
	for _, f := range []struct {
		name string
		data []byte
	}{{IdentityFile, []byte(idText)}, {KeyFile, keyPEM}, {CertFile, certPEM}} {
		if err := os.WriteFile(filepath.Join(dir, f.name), f.data, 0o600); err != nil {
			return Keys{}, fmt.Errorf("write %s: %w", f.name, err)
		}
	}
	return LoadKeys(dir)
}

func selfSigned(hosts []string, now time.Time) (certPEM, keyPEM []byte, err error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, nil, fmt.Errorf("make TLS key: %w", err)
	}
	serial, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 120))
	if err != nil {
		return nil, nil, fmt.Errorf("make TLS serial: %w", err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: serial,
		Subject:      pkix.Name{CommonName: "motcua hub", Organization: []string{"motcua"}},
		NotBefore:    now.Add(-24 * time.Hour),
		NotAfter:     now.AddDate(10, 0, 0),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		DNSNames:     []string{"localhost"},
		IPAddresses:  []net.IP{net.IPv4(127, 0, 0, 1), net.IPv6loopback},
	}
	if h, err := os.Hostname(); err == nil && h != "" {
		tmpl.DNSNames = append(tmpl.DNSNames, h)
	}
	for _, h := range hosts {
		if ip := net.ParseIP(h); ip != nil {
			tmpl.IPAddresses = append(tmpl.IPAddresses, ip)
		} else if h = strings.TrimSpace(h); h != "" {
			tmpl.DNSNames = append(tmpl.DNSNames, h)
		}
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return nil, nil, fmt.Errorf("make TLS certificate: %w", err)
	}
	keyDER, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		return nil, nil, fmt.Errorf("encode TLS key: %w", err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}),
		pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: keyDER}), nil
}

// LoadKeys reads a hub folder made by InitKeys (the certificate may be
// replaced by one from a real CA; the fingerprint follows it).
func LoadKeys(dir string) (Keys, error) {
	f, err := os.Open(filepath.Join(dir, IdentityFile))
	if err != nil {
		return Keys{}, fmt.Errorf("read hub identity: %w", err)
	}
	defer f.Close()
	ids, err := age.ParseIdentities(f)
	if err != nil {
		return Keys{}, fmt.Errorf("read hub identity: %w", err)
	}
	id, ok := ids[0].(*age.X25519Identity)
	if !ok || len(ids) != 1 {
		return Keys{}, fmt.Errorf("read hub identity: want one X25519 identity")
	}
	cert, err := tls.LoadX509KeyPair(filepath.Join(dir, CertFile), filepath.Join(dir, KeyFile))
	if err != nil {
		return Keys{}, fmt.Errorf("read hub certificate: %w", err)
	}
	return Keys{Identity: id, Certificate: cert, Fingerprint: sync.Fingerprint(cert.Certificate[0])}, nil
}

// TLSConfig serves the hub's certificate.
func (k Keys) TLSConfig() *tls.Config {
	return &tls.Config{MinVersion: tls.VersionTLS12, Certificates: []tls.Certificate{k.Certificate}}
}
