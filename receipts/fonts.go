package receipts

import (
	"strings"
	"sync"

	"codeberg.org/go-pdf/fpdf"

	"motcua/assets"
)

// Font handling, and why it is shaped this way.
//
// fpdf parses a TrueType font inside each document (AddUTF8FontFromBytes)
// and keeps the parsed tables in private state that it rewrites while
// writing the output, so a parsed font cannot be shared between documents,
// let alone between goroutines. What can be shared is the font file: once
// per process we cut DejaVu Sans down to the scripts a commune prints
// (Latin with every Vietnamese letter, combining marks, punctuation and
// common symbols). The subset is about 1/7 of the full file, and parsing it
// in each document is markedly cheaper (figures in bench_test.go and the
// report). Text with a letter outside the subset falls back to the full
// font for that document, so nothing ever prints as an empty box because of
// the cut.

// fontFamily is the family name registered in every document.
const fontFamily = "dejavu"

// coveredRanges are the code points kept in the subset, as inclusive pairs.
var coveredRanges = [][2]rune{
	{0x0020, 0x007E}, // ASCII
	{0x00A0, 0x024F}, // Latin-1, Latin Extended-A and -B (ă â đ ê ô ơ ư …)
	{0x0300, 0x036F}, // combining diacritical marks (stray NFD marks)
	{0x1E00, 0x1EFF}, // Latin Extended Additional (ạ ả ấ … ỹ)
	{0x2000, 0x206F}, // general punctuation (– — ‘ ’ “ ” … •)
	{0x20A0, 0x20CF}, // currency signs (₫ €)
	{0x2100, 0x214F}, // letterlike symbols (№ ℃)
	{0x2190, 0x21FF}, // arrows
	{0x2212, 0x2212}, // minus sign
	{0x25A0, 0x25FF}, // geometric shapes (■ ● ▶)
	{0x2610, 0x2612}, // ballot boxes (☐ ☑ ☒) for the forms' check boxes
	{0x2713, 0x2718}, // check and cross marks
}

// covered reports whether r is in the font subset.
func covered(r rune) bool {
	for _, rg := range coveredRanges {
		if r >= rg[0] && r <= rg[1] {
			return true
		}
	}
	return false
}

// coveredRunes lists every code point of coveredRanges, the cut set.
func coveredRunes() string {
	var cut strings.Builder
	for _, rg := range coveredRanges {
		for r := rg[0]; r <= rg[1]; r++ {
			cut.WriteRune(r)
		}
	}
	return cut.String()
}

// fontPair is the regular and bold TrueType data of one document.
type fontPair struct {
	regular, bold []byte
}

var (
	subsetOnce  sync.Once
	subsetFonts fontPair
)

// subset returns the cut fonts, building them on first use. The result is
// read-only and shared by every goroutine.
func subset() fontPair {
	subsetOnce.Do(func() {
		cs := coveredRunes()
		reg := fpdf.UTF8CutFont(assets.FontRegular(), cs)
		bold := fpdf.UTF8CutFont(assets.FontBold(), cs)
		if len(reg) == 0 || len(bold) == 0 {
			// Never seen with DejaVu; keep printing with the full fonts.
			reg, bold = assets.FontRegular(), assets.FontBold()
		}
		subsetFonts = fontPair{regular: reg, bold: bold}
	})
	return subsetFonts
}

// fontsFor picks the subset when it covers every letter of texts and the
// full fonts otherwise.
func fontsFor(texts ...string) fontPair {
	for _, s := range texts {
		for _, r := range s {
			if r >= 0x20 && !covered(r) {
				return fontPair{regular: assets.FontRegular(), bold: assets.FontBold()}
			}
		}
	}
	return subset()
}
