package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTrainEntities trains the tagger of one language on the tagger's
// invented corpus and checks the report and the model written.
func TestTrainEntities(t *testing.T) {
	data, out := t.TempDir(), t.TempDir()
	corpus, err := os.ReadFile(filepath.Join("..", "analyze", "tagger", "testdata", "tiny.conll"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(data, "en"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(data, "en", "tiny.conll"), corpus, 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := run(t, "train", "entities", "--data", data, "--out", out, "--lang", "en", "--epochs", "5", "--bits", "16")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "F1") || !strings.Contains(stdout, " en ") {
		t.Errorf("report without the language's row:\n%s", stdout)
	}
	if fi, err := os.Stat(filepath.Join(out, "en.model")); err != nil || fi.Size() == 0 {
		t.Errorf("no model written: %v", err)
	}
	// A language trained from another's sentences.
	if code, _, stderr := run(t, "train", "entities", "--data", data, "--out", out, "--lang", "fr=en", "--epochs", "5", "--bits", "16"); code != ExitOK {
		t.Fatalf("fr=en: exit %d: %s", code, stderr)
	}
	if fi, err := os.Stat(filepath.Join(out, "fr.model")); err != nil || fi.Size() == 0 {
		t.Errorf("fr=en: no fr model written: %v", err)
	}
	if code, _, _ := run(t, "train", "entities", "--data", data, "--out", out, "--lang", "fr=en+xx"); code != ExitFailure {
		t.Errorf("a source language without data: exit %d, want %d", code, ExitFailure)
	}
	if code, _, _ := run(t, "train", "entities", "--data", data, "--out", out, "--lang", "xx"); code != ExitFailure {
		t.Errorf("a language without data: exit %d, want %d", code, ExitFailure)
	}
	if code, _, _ := run(t, "train", "people"); code != ExitUsage {
		t.Errorf("train people: exit %d, want %d", code, ExitUsage)
	}
}
