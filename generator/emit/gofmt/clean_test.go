package gofmt

import (
	"strings"
	"testing"
)

func TestCheckClean(t *testing.T) {
	if err := CheckClean("a.go", []byte("package p\n\nvar x = 1\n")); err != nil {
		t.Errorf("clean file: %v", err)
	}
	err := CheckClean("b.go", []byte("package p\n\nvar  x = 1\n"))
	if err == nil || !strings.Contains(err.Error(), "b.go is not gofmt-clean: line 3") {
		t.Errorf("unformatted file: %v", err)
	}
	if err := CheckClean("c.go", []byte("package p\nvar x =\n")); err == nil || !strings.Contains(err.Error(), "c.go does not parse") {
		t.Errorf("broken file: %v", err)
	}
}
