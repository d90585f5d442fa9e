package receipts

import (
	"fmt"
	"image"
	"image/color"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"motcua/assets"
)

// Receipt printers print Vietnamese reliably only as pictures: their code
// pages (CP1258, TCVN-3) differ between clones. So the ticket is drawn
// here as a 1-bit image with the same DejaVu fonts as the PDF, at the
// printer's 203 dpi, and escpos.go sends it with GS v 0.

// dotsPerMM is the resolution of 80 and 58 mm thermal heads: 203.2 dpi.
const dotsPerMM = 8

// rasterDPI is dotsPerMM in dots per inch, for the font faces.
const rasterDPI = dotsPerMM * 25.4

// Dots is the width of the print head for a roll, in dots: 576 on 80 mm
// paper, 384 on 58 mm.
func (w Width) Dots() int { return int(w.Printable()) * dotsPerMM }

// Bitmap is a 1-bit picture laid out as GS v 0 wants it: Height rows of
// Stride bytes, the leftmost dot in the most significant bit, 1 = black.
// It is an image.Image (black and white), so tests and the retry folder
// can save it as PNG.
type Bitmap struct {
	Width, Height int // dots
	Stride        int // bytes per row: (Width+7)/8
	Bits          []byte
}

// NewBitmap returns a white bitmap of w×h dots.
func NewBitmap(w, h int) *Bitmap {
	stride := (w + 7) / 8
	return &Bitmap{Width: w, Height: h, Stride: stride, Bits: make([]byte, stride*h)}
}

// Black reports whether the dot at (x, y) is printed.
func (b *Bitmap) Black(x, y int) bool {
	if x < 0 || y < 0 || x >= b.Width || y >= b.Height {
		return false
	}
	return b.Bits[y*b.Stride+x/8]&(0x80>>(x%8)) != 0
}

// set prints (on) or clears the dot at (x, y); outside dots are ignored.
func (b *Bitmap) set(x, y int, on bool) {
	if x < 0 || y < 0 || x >= b.Width || y >= b.Height {
		return
	}
	i, bit := y*b.Stride+x/8, byte(0x80>>(x%8))
	if on {
		b.Bits[i] |= bit
	} else {
		b.Bits[i] &^= bit
	}
}

// fill prints or clears a rectangle.
func (b *Bitmap) fill(r image.Rectangle, on bool) {
	r = r.Intersect(image.Rect(0, 0, b.Width, b.Height))
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			b.set(x, y, on)
		}
	}
}

// ColorModel, Bounds and At make a Bitmap an image.Image.
func (b *Bitmap) ColorModel() color.Model { return color.GrayModel }

// Bounds is the bitmap's rectangle.
func (b *Bitmap) Bounds() image.Rectangle { return image.Rect(0, 0, b.Width, b.Height) }

// At is black for a printed dot and white otherwise.
func (b *Bitmap) At(x, y int) color.Color {
	if b.Black(x, y) {
		return color.Gray{}
	}
	return color.Gray{Y: 0xff}
}

// BitmapFrom thresholds any image to a bitmap (dark pixels print), e.g.
// a PNG kept in the retry folder.
func BitmapFrom(img image.Image) *Bitmap {
	r := img.Bounds()
	b := NewBitmap(r.Dx(), r.Dy())
	for y := 0; y < r.Dy(); y++ {
		for x := 0; x < r.Dx(); x++ {
			if color.GrayModel.Convert(img.At(r.Min.X+x, r.Min.Y+y)).(color.Gray).Y < 0x80 {
				b.set(x, y, true)
			}
		}
	}
	return b
}

// The parsed fonts, once per process. An sfnt.Font is safe for
// concurrent use; the faces made from it are not, so each render makes
// its own.
var (
	rasterOnce  sync.Once
	rasterFonts struct {
		regular, bold *sfnt.Font
		err           error
	}
)

func parsedFonts() (regular, bold *sfnt.Font, err error) {
	rasterOnce.Do(func() {
		r, err := opentype.Parse(assets.FontRegular())
		if err != nil {
			rasterFonts.err = fmt.Errorf("%w: parse DejaVu Sans: %v", ErrInvalidDocument, err)
			return
		}
		b, err := opentype.Parse(assets.FontBold())
		if err != nil {
			rasterFonts.err = fmt.Errorf("%w: parse DejaVu Sans Bold: %v", ErrInvalidDocument, err)
			return
		}
		rasterFonts.regular, rasterFonts.bold = r, b
	})
	return rasterFonts.regular, rasterFonts.bold, rasterFonts.err
}

// faceKey names a face of one render.
type faceKey struct {
	bold bool
	pt   float64
}

// faces makes and keeps the faces one render uses.
type faces struct {
	regular, bold *sfnt.Font
	made          map[faceKey]font.Face
}

func newFaces() (*faces, error) {
	r, b, err := parsedFonts()
	if err != nil {
		return nil, err
	}
	return &faces{regular: r, bold: b, made: map[faceKey]font.Face{}}, nil
}

// face returns the face of style ("B" for bold) at pt points.
func (fs *faces) face(style string, pt float64) font.Face {
	k := faceKey{bold: style == "B", pt: pt}
	if f, ok := fs.made[k]; ok {
		return f
	}
	src := fs.regular
	if k.bold {
		src = fs.bold
	}
	f, err := opentype.NewFace(src, &opentype.FaceOptions{Size: pt, DPI: rasterDPI, Hinting: font.HintingNone})
	if err != nil {
		// Only a size ≤ 0 fails; the layout never asks for one.
		panic(fmt.Sprintf("receipts: face %v: %v", k, err))
	}
	fs.made[k] = f
	return f
}

// measure is the advance of s in dots.
func measure(f font.Face, s string) float64 {
	return float64(font.MeasureString(f, s)) / 64
}

// drawString draws s with its origin (left end of the baseline) at
// (x, baseline); on is false for white text on black. Each glyph's
// coverage is thresholded at one half: a thermal dot is on or off.
func (b *Bitmap) drawString(f font.Face, x, baseline float64, s string, on bool) {
	dot := fixed.Point26_6{X: fixed.Int26_6(x * 64), Y: fixed.Int26_6(baseline * 64)}
	prev := rune(-1)
	for _, r := range s {
		if prev >= 0 {
			dot.X += f.Kern(prev, r)
		}
		dr, mask, mp, adv, ok := f.Glyph(dot, r)
		if !ok {
			dr, mask, mp, adv, _ = f.Glyph(dot, '\ufffd')
		}
		if a, isAlpha := mask.(*image.Alpha); isAlpha {
			for y := dr.Min.Y; y < dr.Max.Y; y++ {
				row := a.Pix[(mp.Y+y-dr.Min.Y-a.Rect.Min.Y)*a.Stride-a.Rect.Min.X:]
				for x := dr.Min.X; x < dr.Max.X; x++ {
					if row[mp.X+x-dr.Min.X] >= 0x80 {
						b.set(x, y, on)
					}
				}
			}
		} else if mask != nil {
			for y := dr.Min.Y; y < dr.Max.Y; y++ {
				for x := dr.Min.X; x < dr.Max.X; x++ {
					if _, _, _, al := mask.At(mp.X+x-dr.Min.X, mp.Y+y-dr.Min.Y).RGBA(); al >= 0x8000 {
						b.set(x, y, on)
					}
				}
			}
		}
		dot.X += adv
		prev = r
	}
}
