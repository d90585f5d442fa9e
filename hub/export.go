package hub

import (
	"bufio"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"

	"motcua/store"
)

// exportHeader is the first CSV row. The headers are Vietnamese because the
// file is opened in Excel by district staff; the UTF-8 BOM written before
// them is what makes Excel read the marks instead of guessing a code page.
var exportHeader = []string{"Mã xã", "Tên xã", "Số thứ tự bản ghi", "Mã bản ghi", "Thời điểm (giờ trạm)",
	"Loại", "Đối tượng", "Lô", "Thời điểm hub nhận", "Dữ liệu"}

// exportTime is how times are written: Vietnam time, the way people write
// dates (dd/mm/yyyy), which Excel in a Vietnamese locale reads as a date.
const exportTime = "02/01/2006 15:04:05"

// ExportOptions tune ExportCSV.
type ExportOptions struct {
	// Progress, when set, is called every ProgressEvery records (and once
	// at the end) with the number written so far.
	Progress      func(written int64)
	ProgressEvery int64
}

// ExportCSV writes the records whose station time is in [from, to), of one
// station or all when station is "", as CSV for Excel: a UTF-8 BOM,
// Vietnamese headers, one row per record in station and seq order, times
// in Vietnam time. It streams and returns how many records it wrote.
func (h *Hub) ExportCSV(ctx context.Context, w io.Writer, from, to time.Time, station string) (int64, error) {
	return h.ExportCSVWith(ctx, w, from, to, station, ExportOptions{})
}

// ExportCSVWith is ExportCSV with progress reporting.
func (h *Hub) ExportCSVWith(ctx context.Context, w io.Writer, from, to time.Time, station string, opts ExportOptions) (int64, error) {
	names, err := h.stationNames(ctx)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	if _, err := bw.WriteString("\uFEFF"); err != nil {
		return 0, fmt.Errorf("write export: %w", err)
	}
	cw := csv.NewWriter(bw)
	cw.UseCRLF = true // what Excel on Windows writes and expects
	if err := cw.Write(exportHeader); err != nil {
		return 0, fmt.Errorf("write export: %w", err)
	}
	var n int64
	err = h.Records(ctx, from, to, station, func(r StoredRecord) error {
		row := []string{cell(r.Station), cell(names[r.Station]), strconv.FormatInt(r.Seq, 10), cell(r.ID),
			time.UnixMilli(r.At).In(store.Local).Format(exportTime), cell(r.Kind), cell(r.Entity),
			strconv.FormatInt(r.Batch, 10), r.ReceivedAt.In(store.Local).Format(exportTime),
			norm.NFC.String(string(r.Payload))}
		if err := cw.Write(row); err != nil {
			return fmt.Errorf("write export: %w", err)
		}
		n++
		if opts.Progress != nil && opts.ProgressEvery > 0 && n%opts.ProgressEvery == 0 {
			opts.Progress(n)
		}
		return nil
	})
	if err != nil {
		return n, err
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return n, fmt.Errorf("write export: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return n, fmt.Errorf("write export: %w", err)
	}
	if opts.Progress != nil {
		opts.Progress(n)
	}
	return n, nil
}

// stationNames maps station IDs to their enrolled names, NFC.
func (h *Hub) stationNames(ctx context.Context) (map[string]string, error) {
	rows, err := h.db.QueryContext(ctx, `SELECT id, name FROM stations`)
	if err != nil {
		return nil, fmt.Errorf("list station names: %w", err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var id, name string
		if err := rows.Scan(&id, &name); err != nil {
			return nil, fmt.Errorf("list station names: %w", err)
		}
		out[id] = norm.NFC.String(name)
	}
	return out, rows.Err()
}

// cell keeps a text cell from being taken for a formula by Excel (CSV
// injection): a leading = + - @ gets an apostrophe, which Excel hides.
func cell(s string) string {
	s = norm.NFC.String(s)
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
