package intake

import (
	tea "charm.land/bubbletea/v2"

	hoso "motcua/intake"
)

// Update handles a message; the host forwards every message to it while
// the form is open.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.SetSize(msg.Width, msg.Height)
		return m, nil
	case loadedMsg:
		return m.onLoaded(msg), nil
	case draftTickMsg:
		return m.onDraftTick(msg)
	case draftSavedMsg:
		return m.onDraftSaved(msg)
	case receivedMsg:
		return m.onReceived(msg)
	case printedMsg:
		return m.onPrinted(msg), nil
	case tea.PasteMsg:
		return m.onPaste(msg)
	case tea.KeyPressMsg:
		return m.onKey(msg)
	}
	if textField(m.focus) {
		var cmd tea.Cmd
		m.inputs[m.focus], cmd = m.inputs[m.focus].Update(msg)
		return m, cmd
	}
	return m, nil
}

// onPaste takes a pasted scan whole, wherever the focus is; other text
// goes into the focused field.
func (m Model) onPaste(msg tea.PasteMsg) (Model, tea.Cmd) {
	if !m.loaded || m.saving || m.saved != nil {
		return m, nil
	}
	if at := scanStart(msg.Content); at >= 0 {
		return m.applyScan(msg.Content[at:])
	}
	if !textField(m.focus) {
		return m, nil
	}
	return m.typeInto(msg)
}

// onKey is the keyboard.
func (m Model) onKey(k tea.KeyPressMsg) (Model, tea.Cmd) {
	key := k.String()
	if key == "ctrl+l" || key == "f2" {
		m.Lang = m.Lang.Toggle()
		m.sizeInputs() // the labels' width changed
		return m, nil
	}
	switch {
	case !m.loaded:
		return m, nil
	case m.loadErr != nil:
		if key == "esc" {
			return m, m.leave()
		}
		return m, nil
	case m.saving:
		return m, nil // a second Enter or Ctrl+S must not save twice
	case m.saved != nil:
		return m.onSavedKey(key)
	}
	if key != "ctrl+x" {
		m.clearArmed = false
	}
	if !textField(m.focus) && m.bufferScan(k) {
		return m, nil
	}
	if len(m.scanBuf) > 0 {
		switch key {
		case "enter":
			return m.endScanBuffer()
		case "esc":
			m.scanBuf = nil
			return m, nil
		}
		m.scanBuf = nil
	}
	if key == "enter" && textField(m.focus) {
		if m, cmd, ok := m.takeScanFromField(); ok {
			return m, cmd
		}
	}
	switch key {
	case "ctrl+s":
		return m.save()
	case "ctrl+x":
		if m.clearArmed {
			return m.clear()
		}
		m.clearArmed = true
		m.note = notice{key: "intakeform.clear_confirm", bad: true}
		return m, nil
	case "esc":
		if m.searching() && m.procID != "" {
			m.setValue(fProcedure, m.procLabel) // back to the procedure chosen
			return m, m.edited()
		}
		return m, m.leave()
	case "tab":
		m.setFocus(m.nextField(m.focus, false))
		return m, nil
	case "shift+tab":
		m.setFocus(m.nextField(m.focus, true))
		return m, nil
	}
	switch m.focus {
	case fProcedure:
		if m, cmd, ok := m.procedureKey(key); ok {
			return m, cmd
		}
	case fDocuments:
		if m, cmd, ok := m.documentsKey(key); ok {
			return m, cmd
		}
	case fReturn:
		switch key {
		case "space", "left", "right", "h", "l":
			if m.ret == hoso.ByPost {
				m.ret = hoso.AtCounter
			} else {
				m.ret = hoso.ByPost
			}
			m.dropErrors(fReturn, fPostal)
			return m, m.edited()
		}
	}
	switch key {
	case "up":
		m.setFocus(m.nextField(m.focus, true))
		return m, nil
	case "down":
		m.setFocus(m.nextField(m.focus, false))
		return m, nil
	case "enter":
		if m.focus == m.lastField() {
			return m.save()
		}
		m.setFocus(m.nextField(m.focus, false))
		return m, nil
	}
	if textField(m.focus) {
		return m.typeInto(k)
	}
	return m, nil
}

// typeInto gives a key or a paste to the focused text field.
func (m Model) typeInto(msg tea.Msg) (Model, tea.Cmd) {
	f := m.focus
	before := m.value(f)
	var cmd tea.Cmd
	m.inputs[f], cmd = m.inputs[f].Update(msg)
	cleanInput(&m.inputs[f])
	if m.value(f) == before {
		return m, cmd
	}
	m.dropErrors(f)
	if !m.note.bad || m.note.key == "intakeform.fix_errors" && len(m.errs) == 0 {
		m.note = notice{} // what happened before is old news now
	}
	if f == fProcedure {
		m.research()
	}
	return m, tea.Batch(cmd, m.edited())
}

// procedureKey handles the list under the procedure field.
func (m Model) procedureKey(key string) (Model, tea.Cmd, bool) {
	if !m.searching() {
		return m, nil, false
	}
	switch key {
	case "down":
		if m.resIdx < len(m.results)-1 {
			m.resIdx++
		}
		return m, nil, true
	case "up":
		if m.resIdx > 0 {
			m.resIdx--
			return m, nil, true
		}
		return m, nil, false // above the first: the previous field
	case "enter":
		if m.resIdx < len(m.results) {
			m.choose(m.results[m.resIdx])
			m.setFocus(fDocuments)
			return m, m.edited(), true
		}
		m.note = notice{key: "intakeform.no_procedure", bad: true}
		return m, nil, true
	}
	return m, nil, false
}

// documentsKey handles the checklist.
func (m Model) documentsKey(key string) (Model, tea.Cmd, bool) {
	switch key {
	case "up":
		if m.docIdx > 0 {
			m.docIdx--
			return m, nil, true
		}
	case "down":
		if m.docIdx < len(m.docs)-1 {
			m.docIdx++
			return m, nil, true
		}
	case "space", "x":
		m.toggleDoc()
		return m, m.edited(), true
	case "k", "right", "l":
		m.cycleKind(1)
		return m, m.edited(), true
	case "left", "h":
		m.cycleKind(-1)
		return m, m.edited(), true
	case "+", "=":
		m.addCount(1)
		return m, m.edited(), true
	case "-", "_":
		m.addCount(-1)
		return m, m.edited(), true
	}
	return m, nil, false
}

// onSavedKey handles the confirmation after saving.
func (m Model) onSavedKey(key string) (Model, tea.Cmd) {
	switch key {
	case "n":
		return m.another()
	case "p":
		return m.reprint()
	case "esc":
		return m, m.leave()
	}
	return m, nil
}
