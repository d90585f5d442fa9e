package receipts

import (
	"bytes"
	"strings"
	"testing"

	"motcua/assets"
	"motcua/assets/i18n"
)

// Every letter motcua itself prints (the whole translation table and the
// demo commune) must be in the font subset; otherwise those documents
// silently pay for the full font.
func TestSubsetCoversEverythingWePrint(t *testing.T) {
	var texts []string
	for _, k := range i18n.Keys() {
		texts = append(texts, i18n.T(i18n.VI, k), i18n.T(i18n.EN, k))
	}
	c, err := assets.DemoCommune()
	if err != nil {
		t.Fatal(err)
	}
	texts = append(texts, c.Name, c.Place, c.Notice)
	for _, s := range c.Services {
		texts = append(texts, s.NameVI, s.NameEN)
	}
	for _, g := range c.PriorityGroups {
		texts = append(texts, g.NameVI, g.NameEN)
	}
	for _, s := range texts {
		for _, r := range s {
			if r >= 0x20 && !covered(r) {
				t.Errorf("U+%04X %q (in %q) is not in the font subset", r, r, s)
			}
		}
	}
	// And the whole Vietnamese alphabet with its five tone marks.
	for _, r := range "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ" + "àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ" {
		if !covered(r) {
			t.Errorf("Vietnamese letter %q not covered", r)
		}
	}
}

func TestFontsForFallsBackToTheFullFont(t *testing.T) {
	sub := fontsFor("UBND xã Tân Hòa", "Hộ tịch")
	if !bytes.Equal(sub.regular, subset().regular) {
		t.Error("Vietnamese text should use the subset")
	}
	if len(sub.regular) >= len(assets.FontRegular())/2 || len(sub.bold) >= len(assets.FontBold())/2 {
		t.Errorf("subset is not much smaller: %d / %d bytes", len(sub.regular), len(assets.FontRegular()))
	}
	full := fontsFor("Hộ tịch", "Москва")
	if !bytes.Equal(full.regular, assets.FontRegular()) || !bytes.Equal(full.bold, assets.FontBold()) {
		t.Error("Cyrillic text should use the full font")
	}
}

// A slip with letters outside the subset still prints them.
func TestTicketWithCyrillicName(t *testing.T) {
	sl := sampleSlip(i18n.EN)
	sl.Service = "Консульская служба"
	got := flat(pdfText(t, mustRender(t, sl, Width80)))
	if !strings.Contains(got, "Консульская служба") {
		t.Errorf("Cyrillic service missing:\n%s", got)
	}
}

// The embedded fonts are the DejaVu files, with their licence.
func TestEmbeddedFontsAndLicence(t *testing.T) {
	for name, b := range map[string][]byte{"regular": assets.FontRegular(), "bold": assets.FontBold()} {
		if len(b) < 100_000 || !bytes.HasPrefix(b, []byte{0, 1, 0, 0}) {
			t.Errorf("%s font does not look like a TrueType file (%d bytes)", name, len(b))
		}
	}
	lic := assets.FontLicense()
	for _, want := range []string{"Bitstream Vera Fonts Copyright", "Arev Fonts Copyright", "DejaVu changes are in public domain"} {
		if !strings.Contains(lic, want) {
			t.Errorf("licence lacks %q", want)
		}
	}
}
