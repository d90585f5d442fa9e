package assets

import _ "embed"

// The fonts drawn on every printed ticket and form. DejaVu Sans covers all
// Vietnamese letters with their tone marks (precomposed, NFC) and its
// licence allows embedding; see fonts/LICENSE.
var (
	//go:embed fonts/DejaVuSans.ttf
	fontRegular []byte
	//go:embed fonts/DejaVuSans-Bold.ttf
	fontBold []byte
	//go:embed fonts/LICENSE
	fontLicense string
)

// FontRegular returns the TrueType bytes of DejaVu Sans. The slice is shared:
// callers must not modify it.
func FontRegular() []byte { return fontRegular }

// FontBold returns the TrueType bytes of DejaVu Sans Bold. The slice is
// shared: callers must not modify it.
func FontBold() []byte { return fontBold }

// FontLicense returns the licence text of the embedded fonts, for an
// "about" screen or a licence listing.
func FontLicense() string { return fontLicense }
