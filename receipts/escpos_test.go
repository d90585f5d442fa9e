package receipts

import (
	"bytes"
	"testing"
)

// escposStream is an ESC/POS byte stream parsed back by the tests: the
// picture it prints, the heights of its GS v 0 bands, the feed and the
// cut. Any byte that is not one of the commands we send fails the test.
type escposStream struct {
	bm    *Bitmap
	bands []int
	feed  int
	cut   bool
}

func decodeESCPOS(t *testing.T, data []byte) escposStream {
	t.Helper()
	if !bytes.HasPrefix(data, []byte{0x1b, 0x40}) {
		t.Fatalf("stream does not start with ESC @: % x", data[:min(8, len(data))])
	}
	var s escposStream
	var rows []byte
	stride := -1
	i := 2
	for i < len(data) {
		switch {
		case bytes.HasPrefix(data[i:], []byte{0x1d, 0x76, 0x30}):
			if s.cut || s.feed > 0 {
				t.Fatalf("picture after the feed or cut at byte %d", i)
			}
			if i+8 > len(data) {
				t.Fatalf("short GS v 0 header at byte %d", i)
			}
			m, x, y := data[i+3], int(data[i+4])|int(data[i+5])<<8, int(data[i+6])|int(data[i+7])<<8
			if m != 0 {
				t.Errorf("GS v 0 mode %d, want 0 (normal density)", m)
			}
			if stride >= 0 && x != stride {
				t.Errorf("band width changed from %d to %d bytes", stride, x)
			}
			stride = x
			end := i + 8 + x*y
			if end > len(data) {
				t.Fatalf("GS v 0 of %d×%d bytes runs past the end", x, y)
			}
			rows = append(rows, data[i+8:end]...)
			s.bands = append(s.bands, y)
			i = end
		case bytes.HasPrefix(data[i:], []byte{0x1b, 0x64}) && i+2 < len(data):
			s.feed = int(data[i+2])
			i += 3
		case bytes.Equal(data[i:], []byte{0x1d, 0x56, 0x01}):
			s.cut = true
			i += 3
		default:
			t.Fatalf("unexpected byte %#x at %d of %d", data[i], i, len(data))
		}
	}
	if stride < 0 {
		t.Fatal("no picture in the stream")
	}
	s.bm = &Bitmap{Width: stride * 8, Height: len(rows) / stride, Stride: stride, Bits: rows}
	return s
}

// The exact bytes for a 10×3 picture: init, one GS v 0 with x = 2 bytes
// and y = 3 rows, rows MSB-first with 1 = black, feed 4 lines, partial
// cut.
func TestEncodeESCPOSFraming(t *testing.T) {
	bm := NewBitmap(10, 3)
	bm.set(0, 0, true)
	bm.set(9, 0, true)
	for x := 1; x <= 8; x++ {
		bm.set(x, 1, true)
	}
	want := []byte{
		0x1b, 0x40, // ESC @
		0x1d, 0x76, 0x30, 0x00, 0x02, 0x00, 0x03, 0x00, // GS v 0, m=0, x=2, y=3
		0x80, 0x40, // row 0: dots 0 and 9
		0x7f, 0x80, // row 1: dots 1 to 8
		0x00, 0x00, // row 2: white
		0x1b, 0x64, 0x04, // ESC d 4
		0x1d, 0x56, 0x01, // GS V 1
	}
	if got := EncodeESCPOS(bm, EncodeOptions{}); !bytes.Equal(got, want) {
		t.Errorf("got  % x\nwant % x", got, want)
	}
	want = bytes.Clone(want[:16]) // no feed, no cut
	if got := EncodeESCPOS(bm, EncodeOptions{FeedLines: -1, NoCut: true}); !bytes.Equal(got, want) {
		t.Errorf("without feed and cut: got % x\nwant % x", got, want)
	}
}

// A tall picture is sent in bands of BandRows rows, the last band
// shorter, each with its own header.
func TestEncodeESCPOSBands(t *testing.T) {
	bm := NewBitmap(8, 5)
	for y := 0; y < 5; y++ {
		bm.Bits[y] = byte(0x11 * (y + 1))
	}
	want := []byte{
		0x1b, 0x40,
		0x1d, 0x76, 0x30, 0x00, 0x01, 0x00, 0x02, 0x00, 0x11, 0x22,
		0x1d, 0x76, 0x30, 0x00, 0x01, 0x00, 0x02, 0x00, 0x33, 0x44,
		0x1d, 0x76, 0x30, 0x00, 0x01, 0x00, 0x01, 0x00, 0x55,
		0x1b, 0x64, 0x02,
		0x1d, 0x56, 0x01,
	}
	if got := EncodeESCPOS(bm, EncodeOptions{BandRows: 2, FeedLines: 2}); !bytes.Equal(got, want) {
		t.Errorf("got  % x\nwant % x", got, want)
	}

	// Header values above 255: 2048 dots are 256 bytes (xL 0, xH 1); the
	// default band is 256 rows (yL 0, yH 1); a band asked above the limit
	// is cut to 2048 rows (yL 0, yH 8).
	wide := NewBitmap(2048, 300)
	s := decodeESCPOS(t, EncodeESCPOS(wide, EncodeOptions{}))
	if enc := EncodeESCPOS(wide, EncodeOptions{}); !bytes.Equal(enc[2:10], []byte{0x1d, 0x76, 0x30, 0, 0x00, 0x01, 0x00, 0x01}) {
		t.Errorf("first header % x", enc[2:10])
	}
	if len(s.bands) != 2 || s.bands[0] != 256 || s.bands[1] != 44 || s.bm.Width != 2048 || s.bm.Height != 300 {
		t.Errorf("bands %v, %d×%d", s.bands, s.bm.Width, s.bm.Height)
	}
	tall := NewBitmap(8, 3000)
	enc := EncodeESCPOS(tall, EncodeOptions{BandRows: 5000})
	if !bytes.Equal(enc[2:10], []byte{0x1d, 0x76, 0x30, 0, 1, 0, 0x00, 0x08}) {
		t.Errorf("capped band header % x", enc[2:10])
	}
	if s := decodeESCPOS(t, enc); len(s.bands) != 2 || s.bands[0] != MaxBandRows || s.bands[1] != 3000-MaxBandRows {
		t.Errorf("capped bands %v", s.bands)
	}
}
