package sync

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"
)

// The format promise: the real age tool, with the hub's identity file,
// decrypts the payload, and gunzip gives the JSON lines. The payload is
// everything after the third line, as docs/SYNC.md tells other programs.
func TestAgeCommandLineDecryptsThePayload(t *testing.T) {
	for _, tool := range []string{"age", "gunzip", "tail", "sh"} {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("CI") == "true" {
				t.Fatalf("%s is missing on CI: .ci/run must install it", tool)
			}
			t.Skipf("%s not installed", tool)
		}
	}
	f := newFixture(t)
	events := ticketEvents(300, 40)
	dir := t.TempDir()
	id := filepath.Join(dir, "hub-identity.txt")
	if err := os.WriteFile(id, []byte(f.hub.String()+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "XA-TAN-LAP-000001.mcb")
	if err := os.WriteFile(path, f.seal(t, events, 1), 0o600); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("sh", "-c", `tail -n +4 "$1" | age -d -i "$2" | gunzip`, "sh", path, id)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("age -d | gunzip: %v: %s", err, stderr.Bytes())
	}
	m, err := ParseManifest(must(os.ReadFile(path)))
	if err != nil {
		t.Fatal(err)
	}
	got, err := decodeRecords(bytes.NewReader(out), m)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, events) {
		t.Fatalf("age CLI gave %d records, not the sealed ones", len(got))
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
