package receipts

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"motcua/assets/i18n"
)

// The test page names the printer, says when it was printed and carries
// every Vietnamese tone mark, as PDF in a spool folder…
func TestPrintTestOnFileSpool(t *testing.T) {
	dir := t.TempDir()
	if err := PrintTest(context.Background(), FileSpool{Dir: dir}, i18n.VI, issuedAt); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.pdf"))
	if len(files) != 1 || !strings.HasPrefix(filepath.Base(files[0]), "test-20261123-080500-file") {
		t.Fatalf("spool %v", files)
	}
	pdf, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, pdf)
	mustContain(t, "test page", text,
		"TRANG IN THỬ", "Thời gian in: 08:05 23/11/2026",
		"Chữ tiếng Việt có dấu:", "Trăm năm trong cõi người ta, chữ tài chữ mệnh khéo là ghét nhau.",
		"0123456789")
	// pdftotext drops the spaces between lone letters, and a long folder
	// name breaks mid-word: compare those without white space; every
	// letter must still come back with its marks, in order.
	squeezed := strings.Join(strings.Fields(flat(text)), "")
	for _, want := range []string{"Máyin:file" + dir,
		"àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵđĐƠƯ"} {
		if !strings.Contains(squeezed, want) {
			t.Errorf("%q missing from the test page:\n%s", want, text)
		}
	}
	out := run(t, "qpdf", "--check", files[0])
	if !strings.Contains(out, "No syntax or stream encoding errors") {
		t.Errorf("qpdf --check:\n%s", out)
	}

	dir = t.TempDir()
	if err := PrintTest(context.Background(), FileSpool{Dir: dir}, i18n.EN, issuedAt); err != nil {
		t.Fatal(err)
	}
	files, _ = filepath.Glob(filepath.Join(dir, "*.pdf"))
	pdf, _ = os.ReadFile(files[0])
	text = pdfText(t, pdf)
	mustContain(t, "English test page", text, "TEST PAGE", "Printed: 08:05 23/11/2026", "Trăm năm trong cõi người ta")
	if !strings.Contains(strings.Join(strings.Fields(flat(text)), ""), "Printer:file"+dir) {
		t.Errorf("printer name missing:\n%s", text)
	}
}

// …and as a picture on a receipt printer, at the roll's width.
func TestPrintTestOnESCPOS(t *testing.T) {
	ps := newPrinterServer(t)
	p := ESCPOS{Target: ps.addr(), Width: Width58}
	if err := PrintTest(context.Background(), p, i18n.VI, issuedAt); err != nil {
		t.Fatal(err)
	}
	waitFor(t, func() bool { return len(ps.received()) == 1 })
	s := decodeESCPOS(t, ps.received()[0])
	if s.bm.Width != 384 || s.bm.Height < 100*dotsPerMM/2 || !s.cut {
		t.Errorf("test page %d×%d dots, cut %v", s.bm.Width, s.bm.Height, s.cut)
	}
	job, err := NewTestJob(PrinterName(p), i18n.VI, issuedAt)
	if err != nil {
		t.Fatal(err)
	}
	want, err := job.Raster(Width58)
	if err != nil {
		t.Fatal(err)
	}
	if string(want.Bits) != string(s.bm.Bits) {
		t.Error("the printer got another picture than the test page")
	}
	count, _, _ := rowInk(s.bm)
	inked := 0
	for _, c := range count {
		inked += c
	}
	if share := float64(inked) / float64(s.bm.Width*s.bm.Height); share < 0.05 || share > 0.5 {
		t.Errorf("test page %.0f%% inked", 100*share)
	}
}

func TestPrinterNames(t *testing.T) {
	cases := map[string]Printer{
		"none":                 Nowhere{},
		"cups (default)":       CUPS{},
		"cups Quay1":           CUPS{Queue: "Quay1"},
		"escpos 10.0.0.5:9100": ESCPOS{Target: "10.0.0.5:9100"},
		"file /s + cups Quay1": Tee{FileSpool{Dir: "/s"}, NewRetrySpool(CUPS{Queue: "Quay1"}, "/s/pending")},
	}
	for want, p := range cases {
		if got := PrinterName(p); got != want {
			t.Errorf("PrinterName = %q, want %q", got, want)
		}
	}
}
