package synthschema

import (
	"bytes"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// TestConfig checks that the schema has about the size asked for, is the
// same on every call (measurements compare runs) and is a schema the
// reference compiles.
func TestConfig(t *testing.T) {
	a, b := Config(200_000), Config(200_000)
	if !bytes.Equal(a, b) {
		t.Fatal("two calls gave different schemas")
	}
	if n := len(a); n < 200_000 || n > 260_000 {
		t.Errorf("%d bytes for 200,000 asked", n)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("file:///s.json", bytes.NewReader(a)); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Compile("file:///s.json"); err != nil {
		t.Fatal(err)
	}
}
