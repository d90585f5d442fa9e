package intake

import (
	"context"
	"encoding/json"
	"time"

	tea "charm.land/bubbletea/v2"

	hoso "motcua/intake"
	"motcua/tui/common"
)

// draftVersion is the shape of the draft's JSON; a draft of another shape
// is not restored.
const draftVersion = 1

// formState is the form as the draft keeps it: everything typed, the
// choices, and the form key (so a dossier saved just before a crash is
// not saved twice).
type formState struct {
	Version   int               `json:"v"`
	Key       string            `json:"key"`
	Fields    map[string]string `json:"fields"`
	Gender    string            `json:"gender,omitempty"`
	Procedure string            `json:"procedure,omitempty"`
	ProcLabel string            `json:"procedure_label,omitempty"`
	Documents []docLine         `json:"documents,omitempty"`
	Return    string            `json:"return,omitempty"`
	Focus     string            `json:"focus,omitempty"`
}

// state is the form's draft.
func (m Model) state() formState {
	s := formState{Version: draftVersion, Key: m.key, Fields: map[string]string{}, Gender: m.gender,
		Procedure: m.procID, ProcLabel: m.procLabel, Documents: m.docs, Return: string(m.ret),
		Focus: domainField[m.focus]}
	for f := range numFields {
		if textField(f) && m.value(f) != "" {
			s.Fields[domainField[f]] = m.value(f)
		}
	}
	return s
}

// empty reports whether nothing was typed or chosen.
func (m Model) empty() bool {
	for f := range numFields {
		if textField(f) && f != fSets && m.value(f) != "" {
			return false
		}
	}
	return m.procID == "" && (m.value(fSets) == "" || m.value(fSets) == "1")
}

// restore fills the form from a draft; false when the draft is not one
// this version wrote (it is then left alone).
func (m *Model) restore(body []byte) bool {
	var s formState
	if err := json.Unmarshal(body, &s); err != nil || s.Version != draftVersion || s.Key == "" {
		return false
	}
	m.key, m.gender = s.Key, s.Gender
	for f := range numFields {
		if textField(f) {
			m.setValue(f, common.Sanitize(s.Fields[domainField[f]]))
		}
	}
	m.procID, m.procLabel, m.docs = s.Procedure, s.ProcLabel, s.Documents
	if m.procID != "" {
		if _, ok := m.catalog.Procedure(m.procID); !ok {
			m.procID, m.docs = "", nil // the catalog changed since: choose again
		}
	}
	if m.ret = hoso.ReturnMethod(s.Return); m.ret != hoso.ByPost {
		m.ret = hoso.AtCounter
	}
	if f, ok := fieldOf(s.Focus); ok && m.visible(f) {
		m.setFocus(f)
	}
	return true
}

// draftTickMsg ends a pause in typing.
type draftTickMsg struct{ gen int }

// draftSavedMsg reports a draft written (or not).
type draftSavedMsg struct{ err error }

// edited records a change of the form: the draft is saved once typing
// pauses, never per key (every save wakes every screen of the station).
// One tick is on its way at most; when it arrives after more edits it
// waits again.
func (m *Model) edited() tea.Cmd {
	m.draftGen++
	m.dirty = true
	if m.clearArmed {
		m.clearArmed = false
	}
	if m.draftArmed {
		return nil
	}
	m.draftArmed = true
	return draftTick(m.draftGen)
}

func draftTick(gen int) tea.Cmd {
	return tea.Tick(draftDelay, func(time.Time) tea.Msg { return draftTickMsg{gen: gen} })
}

func (m Model) onDraftTick(msg draftTickMsg) (Model, tea.Cmd) {
	m.draftArmed = false
	if m.saved != nil || m.saving || !m.dirty {
		return m, nil
	}
	if msg.gen != m.draftGen {
		m.draftArmed = true
		return m, draftTick(m.draftGen)
	}
	m.dirty = false
	return m, m.saveDraft()
}

// saveDraft writes the form as the counter's draft, or discards the
// draft when the form is empty.
func (m Model) saveDraft() tea.Cmd {
	desk, counter, empty := m.desk, m.counter, m.empty()
	body, err := json.Marshal(m.state())
	return func() tea.Msg {
		if err != nil {
			return draftSavedMsg{err: err}
		}
		ctx, cancel := context.WithTimeout(m.Context(), saveTimeout)
		defer cancel()
		if empty {
			return draftSavedMsg{err: desk.DiscardDraft(ctx, counter)}
		}
		return draftSavedMsg{err: desk.SaveDraft(ctx, counter, body)}
	}
}

func (m Model) onDraftSaved(msg draftSavedMsg) (Model, tea.Cmd) {
	if m.saved != nil {
		// The draft was written while the dossier was being saved, after
		// Receive discarded it: discard it again.
		desk, counter := m.desk, m.counter
		return m, func() tea.Msg {
			ctx, cancel := context.WithTimeout(m.Context(), saveTimeout)
			defer cancel()
			_ = desk.DiscardDraft(ctx, counter)
			return nil
		}
	}
	if msg.err != nil {
		m.note = notice{key: "intakeform.draft_failed", err: msg.err, bad: true}
	}
	return m, nil
}

// KeepDraft is a command that saves the form as the counter's draft
// (when it holds something not saved yet, and discards the draft when the
// form is empty). A host that closes the form by itself, not through
// Esc, runs it first so nothing typed is lost.
func (m Model) KeepDraft() tea.Cmd {
	if !m.loaded || m.loadErr != nil || m.saved != nil || m.saving {
		return nil
	}
	save := m.saveDraft()
	return func() tea.Msg {
		save()
		return nil
	}
}

// leave keeps the draft, then tells the host to close the form.
func (m Model) leave() tea.Cmd {
	keep := m.KeepDraft()
	return func() tea.Msg {
		if keep != nil {
			keep()
		}
		return common.GoBackMsg{}
	}
}
