package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"motcua/hub"
	"motcua/sync"
)

// syncExport writes every unacknowledged batch to dir as
// STATION-NNNNNN.mcb, with a README.txt for whoever carries the stick.
func (env *environment) syncExport(ctx context.Context, dir string) error {
	db, e, _, err := env.stationLink(ctx)
	if err != nil {
		return err
	}
	list, err := sync.NewOutbox(db, e, version).Unacked(ctx)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintln(env.stderr, env.t("sync.cannot_write", dir, err))
		return errReported
	}
	records := 0
	for _, s := range list {
		name := filepath.Join(dir, sync.BatchFileName(e.Station, s.Number))
		if err := writeFileSynced(name, s.Bytes); err != nil {
			fmt.Fprintln(env.stderr, env.t("sync.cannot_write", name, err))
			return errReported
		}
		records += s.Records
	}
	readme := env.t("sync.export_readme", e.Station, e.Station, localTime(db.Clock().Now()), len(list), records)
	if err := writeFileSynced(filepath.Join(dir, "README.txt"), []byte(readme)); err != nil {
		fmt.Fprintln(env.stderr, env.t("sync.cannot_write", dir, err))
		return errReported
	}
	fmt.Fprintln(env.stdout, env.t("sync.exported", len(list), records, dir))
	return nil
}

// writeFileSynced writes and flushes a file: a USB stick is often pulled
// out as soon as the command returns.
func writeFileSynced(name string, data []byte) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// syncImportAcks applies an acknowledgement file from the hub: each
// batch whose hash matches the sealed one is marked delivered.
func (env *environment) syncImportAcks(ctx context.Context, path string) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintln(env.stderr, env.t("cli.cannot_read", path))
		return errReported
	}
	var f hub.AcksFile
	if err := json.Unmarshal(raw, &f); err != nil || f.Format != hub.AcksFormat {
		fmt.Fprintln(env.stderr, env.t("sync.acks_bad", path))
		return errReported
	}
	db, e, _, err := env.stationLink(ctx)
	if err != nil {
		return err
	}
	if f.Station != e.Station {
		fmt.Fprintln(env.stderr, env.t("sync.acks_other_station", f.Station, e.Station))
		return errReported
	}
	out := sync.NewOutbox(db, e, version)
	applied, skipped := 0, 0
	for _, a := range f.Acks {
		err := out.Ack(ctx, a.Batch, a.SHA256)
		switch {
		case err == nil:
			applied++
		case errors.Is(err, sync.ErrAckMismatch):
			skipped++
		default:
			return err
		}
	}
	b, err := out.Backlog(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintln(env.stdout, env.t("sync.acks_applied", applied, skipped, b.Records))
	return nil
}
