package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"motcua/hub"
	"motcua/sync"
)

// hubImport ingests batch files from a USB stick with the same checks as
// HTTPS (hub.Receiver), one line of progress per file and a summary.
func (env *environment) hubImport(ctx context.Context, o hubOptions, path string) error {
	files, err := batchFiles(path)
	if err != nil {
		fmt.Fprintln(env.stderr, env.t("cli.cannot_read", path))
		return errReported
	}
	if len(files) == 0 {
		fmt.Fprintln(env.stderr, env.t("sync.import_none", path))
		return errReported
	}
	k, err := env.hubKeys(o)
	if err != nil {
		return err
	}
	h, err := env.openHubDB(ctx)
	if err != nil {
		return err
	}
	defer h.Close()
	rc := &hub.Receiver{Hub: h, Identity: k.Identity}
	var stored, again, refused int
	for i, f := range files {
		raw, err := os.ReadFile(f)
		var r hub.Receipt
		if err != nil {
			r = hub.Receipt{Code: http.StatusBadRequest, Answer: sync.Answer{Status: "unreadable", Message: err.Error()}}
		} else {
			r = rc.Receive(ctx, raw, -1, time.Time{})
		}
		var what string
		switch {
		case r.Code == http.StatusOK && r.Answer.Status == sync.StatusAlreadyReceived:
			again++
			what = env.t("sync.import_again")
		case r.Code == http.StatusOK:
			stored++
			what = env.t("sync.import_stored", r.Result.Stored)
		default:
			refused++
			what = env.t("sync.import_refused", r.Code, r.Answer.Status, r.Answer.Message)
		}
		fmt.Fprintln(env.stdout, env.t("sync.import_line", i+1, len(files), filepath.Base(f), what))
	}
	fmt.Fprintln(env.stdout, env.t("sync.import_summary", stored, again, refused))
	if refused > 0 {
		return errReported
	}
	return nil
}

// batchFiles is path itself, or the .mcb files of the folder path in name
// order (which is station, then batch number).
func batchFiles(path string) ([]string, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return []string{path}, nil
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if !e.IsDir() && strings.EqualFold(filepath.Ext(e.Name()), ".mcb") {
			out = append(out, filepath.Join(path, e.Name()))
		}
	}
	sort.Strings(out)
	return out, nil
}

// hubExportAcks writes DIR/STATION-acks.json: every batch the hub holds
// from the station, for motcua sync import-acks.
func (env *environment) hubExportAcks(ctx context.Context, o hubOptions, dir string) error {
	if o.station == "" {
		fmt.Fprintln(env.stderr, env.t("sync.need_station"))
		return errUsage
	}
	h, err := env.openHubDB(ctx)
	if err != nil {
		return err
	}
	defer h.Close()
	acks, err := h.Acks(ctx, o.station)
	if err != nil {
		return err
	}
	b, err := json.MarshalIndent(hub.AcksFile{Format: hub.AcksFormat, Station: o.station,
		HubClockMS: h.Now().UnixMilli(), Acks: acks}, "", " ")
	if err != nil {
		return fmt.Errorf("encode acknowledgements: %w", err)
	}
	out := filepath.Join(dir, o.station+"-acks.json")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintln(env.stderr, env.t("sync.cannot_write", dir, err))
		return errReported
	}
	if err := os.WriteFile(out, append(b, '\n'), 0o644); err != nil {
		fmt.Fprintln(env.stderr, env.t("sync.cannot_write", out, err))
		return errReported
	}
	fmt.Fprintln(env.stdout, env.t("sync.acks_written", len(acks), o.station, out, out))
	return nil
}
