package hub

import (
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"path/filepath"
	"testing"

	"filippo.io/age"

	"motcua/sync"
)

func TestInitKeysMakesAPinnableCertificateAndAnAgeIdentityFile(t *testing.T) {
	dir := t.TempDir()
	k, err := InitKeys(dir, []string{"huyen.example", "10.0.0.5"}, t0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := InitKeys(dir, nil, t0); !errors.Is(err, ErrHubExists) {
		t.Errorf("second init: %v, want ErrHubExists", err)
	}
	again, err := LoadKeys(dir)
	if err != nil || again.Fingerprint != k.Fingerprint || again.Identity.String() != k.Identity.String() {
		t.Fatalf("reload: %v", err)
	}

	// the pinned client talks to this certificate and to no other
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	srv.TLS = &tls.Config{Certificates: []tls.Certificate{k.Certificate}}
	srv.StartTLS()
	defer srv.Close()
	ok := sync.NewClient(srv.URL, k.Fingerprint, 0)
	if _, err := ok.HTTP.Get(srv.URL); err != nil {
		t.Errorf("pinned client: %v", err)
	}
	other, err := InitKeys(t.TempDir(), nil, t0)
	if err != nil {
		t.Fatal(err)
	}
	wrong := sync.NewClient(srv.URL, other.Fingerprint, 0)
	if _, err := wrong.HTTP.Get(srv.URL); !errors.Is(err, sync.ErrPinMismatch) {
		t.Errorf("client pinned to another certificate: %v, want ErrPinMismatch", err)
	}

	// the real age tool decrypts with the identity file
	if _, err := exec.LookPath("age"); err != nil {
		t.Skip("age not installed")
	}
	var sealed bytes.Buffer
	aw, _ := age.Encrypt(&sealed, k.Identity.Recipient())
	_, _ = aw.Write([]byte("xin chào"))
	_ = aw.Close()
	cmd := exec.CommandContext(context.Background(), "age", "-d", "-i", filepath.Join(dir, IdentityFile))
	cmd.Stdin = &sealed
	out, err := cmd.Output()
	if err != nil || string(out) != "xin chào" {
		t.Errorf("age -d -i: %q %v", out, err)
	}
}
