package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The foreign keys are created in package app, which imports the models:
// standalone relcheck loads the whole program and sees it; go vet
// analyses the models before app and cannot, so the rules that need the
// keys stay silent there unless -fk-constraints=true says they exist.
func TestEvidenceInImporter(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the go command")
	}
	bin, dir := build(t), module(t)
	write(t, filepath.Join(dir, "models", "authors.go"), `package models

import "gorm.io/gorm"

type Author struct {
	ID    uint
	Books []Book `+"`gorm:\"constraint:OnDelete:SET NULL\"`"+`
}

type Book struct {
	gorm.Model
	AuthorID uint
}
`)
	if err := os.MkdirAll(filepath.Join(dir, "app"), 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, "app", "app.go"), `package app

import (
	"example.com/shop/models"

	"gorm.io/gorm"
)

func Migrate(db *gorm.DB) error { return db.AutoMigrate(&models.Author{}, &models.Book{}) }
`)
	const finding = "set-null-not-nullable: Author.Books: ON DELETE SET NULL, but Book.AuthorID is uint"
	if out, _ := run(t, dir, bin, "./..."); !strings.Contains(out, finding) {
		t.Errorf("standalone does not see app's AutoMigrate:\n%s", out)
	}
	if out, _ := run(t, dir, "go", "vet", "-vettool="+bin, "./..."); strings.Contains(out, finding) {
		t.Errorf("go vet claims evidence it cannot see:\n%s", out)
	}
	if out, _ := run(t, dir, "go", "vet", "-vettool="+bin, "-fk-constraints=true", "./..."); !strings.Contains(out, finding) {
		t.Errorf("go vet -fk-constraints=true:\n%s", out)
	}
}
