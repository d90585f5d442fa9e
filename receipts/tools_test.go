package receipts

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"motcua/assets/i18n"
	"motcua/store"
)

// needTool finds an external checker (pdftotext, qpdf, pdftoppm). A
// developer without poppler-utils/qpdf gets a skip; CI must have them, so
// there a missing tool fails the test (.ci/run installs them).
func needTool(t testing.TB, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is required in CI (apt-get install -y poppler-utils qpdf): %v", name, err)
		}
		t.Skipf("%s not installed (apt-get install -y poppler-utils qpdf)", name)
	}
	return path
}

// writePDF stores pdf in a fresh temp file and returns its path.
func writePDF(t testing.TB, pdf []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "ticket.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// run runs a tool and returns its stdout, failing the test with stderr.
func run(t testing.TB, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(needTool(t, name), args...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s\n%s", name, strings.Join(args, " "), err, stderr.String(), out)
	}
	return string(out)
}

// pdfText extracts the text of pdf with `pdftotext -layout`.
func pdfText(t testing.TB, pdf []byte) string {
	t.Helper()
	return run(t, "pdftotext", "-layout", "-enc", "UTF-8", writePDF(t, pdf), "-")
}

// flat collapses every run of white space (newlines from wrapping, no-break
// spaces, layout padding) to one space, so a sentence wrapped over two
// lines of the slip still compares equal to the sentence.
func flat(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\n' || r == '\t' || r == '\u00a0' || r == '\f' || r == '\r'
	}), " ")
}

// issuedAt is a fixed morning in the commune.
var issuedAt = time.Date(2026, 11, 23, 8, 5, 0, 0, store.Local)

// sampleSlip is a priority ticket with Vietnamese names in lang.
func sampleSlip(lang i18n.Lang) TicketSlip {
	sl := TicketSlip{
		Commune:   "UBND xã Tân Hòa",
		Service:   "Đất đai – Xây dựng",
		Display:   "C012",
		Priority:  "Người cao tuổi (từ 60 tuổi)",
		Ahead:     5,
		Wait:      25 * time.Minute,
		WaitKnown: true,
		Issued:    issuedAt,
		TicketID:  "3f2a9c1e-5b7d-4e21-9a0f-6c1d2e3b4a5f",
		Lang:      lang,
	}
	if lang == i18n.EN {
		sl.Service, sl.Priority = "Land and construction", "Elderly (60 and over)"
	}
	return sl
}

// mustRender renders or fails.
func mustRender(t testing.TB, sl TicketSlip, w Width) []byte {
	t.Helper()
	pdf, err := RenderTicketPDF(sl, w)
	if err != nil {
		t.Fatalf("render %s at %s: %v", sl.Display, w, err)
	}
	return pdf
}

// isNFC reports whether s is in NFC.
func isNFC(s string) bool { return norm.NFC.IsNormalString(s) }
