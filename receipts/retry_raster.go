package receipts

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
)

// A RetrySpool in front of a receipt printer keeps what that printer
// prints, the picture, rather than the PDF it cannot use: as a PNG, which
// a technician can also open to see which ticket is waiting.

// rasterPrinter is a printer that prints pictures of a roll width.
type rasterPrinter interface {
	rasterWidth() Width
}

// permanent reports a failure that a retry cannot fix.
func permanent(err error) bool {
	return errors.Is(err, ErrWrongPrinter) || errors.Is(err, ErrInvalidDocument) || errors.Is(err, ErrEmptyJob)
}

// payload is what keep stores for job, and its file extension.
func (r *RetrySpool) payload(job Job) ([]byte, string, error) {
	rp, wantsRaster := r.printer.(rasterPrinter)
	if !wantsRaster || job.Raster == nil {
		if len(job.PDF) == 0 {
			return nil, "", fmt.Errorf("%w: %q has nothing this printer can print later", ErrEmptyJob, job.Name)
		}
		return job.PDF, ".pdf", nil
	}
	bm, err := job.Raster(rp.rasterWidth())
	if err != nil {
		return nil, "", err
	}
	data, err := encodePNG(bm)
	if err != nil {
		return nil, "", fmt.Errorf("%w: keep %q as a picture: %v", ErrSpool, job.Name, err)
	}
	return data, ".png", nil
}

// loadPending reads a kept job back.
func loadPending(pj PendingJob) (Job, error) {
	data, err := os.ReadFile(pj.Path)
	if err != nil {
		return Job{}, fmt.Errorf("%w: read pending job %s: %v", ErrSpool, pj.Path, err)
	}
	job := Job{Name: pj.Name, Kind: pj.Kind}
	if filepath.Ext(pj.Path) != ".png" {
		job.PDF = data
		return job, nil
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		return Job{}, fmt.Errorf("%w: pending picture %s is damaged: %v", ErrSpool, pj.Path, err)
	}
	bm := BitmapFrom(img)
	job.Raster = func(Width) (*Bitmap, error) { return bm, nil }
	return job, nil
}

// encodePNG writes bm as a 1-bit PNG.
func encodePNG(bm *Bitmap) ([]byte, error) {
	pal := image.NewPaletted(bm.Bounds(), color.Palette{color.White, color.Black})
	for y := 0; y < bm.Height; y++ {
		row := pal.Pix[y*pal.Stride:]
		for x := 0; x < bm.Width; x++ {
			if bm.Black(x, y) {
				row[x] = 1
			}
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, pal); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
