package runtime

import (
	"reflect"
	goruntime "runtime"
	"strings"

	"encoding/json"
	"github.com/specgen/specgen/generator/ir"
	"os"
	"path/filepath"
	"testing"

	"github.com/specgen/specgen/generator/sharedtest"
)

// formatChecks are the runtime's format checks by format name, as
// ir.FormatCheck names them (TestFormatChecksAreTheTable keeps the two in
// step).
var formatChecks = map[string]func(string) bool{
	"date": isFormatDate, "date-time": isFormatDateTime, "time": isFormatTime,
	"duration": isFormatDuration, "uuid": isFormatUUID, "email": isFormatEmail, "idn-email": isFormatIDNEmail,
	"hostname": isFormatHostname, "idn-hostname": isFormatIDNHostname, "ipv4": isFormatIPv4, "ipv6": isFormatIPv6,
	"uri": isFormatURI, "iri": isFormatIRI, "iri-reference": isFormatIRIReference, "uri-reference": isFormatURIReference,
	"uri-template": isFormatURITemplate, "json-pointer": isFormatJSONPointer,
	"relative-json-pointer": isFormatRelativeJSONPointer, "regex": isFormatRegex,
}

// suiteFormatsAgreeing are the formats whose check agrees with every string
// test of the JSON-Schema-Test-Suite's optional/format file, in every draft
// that has one: every format the runtime checks (a format is claimed only
// when it agrees on every test).
var suiteFormatsAgreeing = []string{
	"date", "date-time", "time", "duration", "uuid", "email", "idn-email", "ipv4", "ipv6",
	"hostname", "idn-hostname", "uri", "uri-reference", "iri", "iri-reference", "uri-template",
	"json-pointer", "relative-json-pointer", "regex",
}

// TestFormatsAgreeWithSuite runs every string of the suite's format tests
// through the runtime's check of that format and compares with the test's
// valid: the suite, in every draft, is the contract of a claimed format.
func TestFormatsAgreeWithSuite(t *testing.T) {
	tests := sharedtest.Path(t, "corpus/json-schema-test-suite/tests")
	for _, format := range suiteFormatsAgreeing {
		check := formatChecks[format]
		files, _ := filepath.Glob(filepath.Join(tests, "*", "optional", "format", format+".json"))
		if len(files) == 0 {
			t.Errorf("format %s: no suite file", format)
		}
		for _, file := range files {
			for _, c := range suiteStrings(t, file) {
				if got := check(c.data); got != c.valid {
					t.Errorf("%s: %s %q = %v, want %v (%s)", file[len(tests)+1:], format, c.data, got, c.valid, c.description)
				}
			}
		}
	}
}

// suiteCase is one test of a suite file whose data is a string.
type suiteCase struct {
	description, data string
	valid             bool
}

// suiteStrings reads the tests of a suite file whose data is a string (the
// others are not strings and pass every format).
func suiteStrings(t *testing.T, file string) []suiteCase {
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var groups []struct {
		Tests []struct {
			Description string
			Data        any
			Valid       bool
		}
	}
	if err := json.Unmarshal(src, &groups); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	var out []suiteCase
	for _, g := range groups {
		for _, c := range g.Tests {
			if s, ok := c.Data.(string); ok {
				out = append(out, suiteCase{c.Description, s, c.Valid})
			}
		}
	}
	return out
}

// TestFormatChecksAreTheTable holds formatChecks to ir.FormatCheck, the
// table lowering and emit read: the same formats, each named for the
// function that checks it here.
func TestFormatChecksAreTheTable(t *testing.T) {
	for format, check := range formatChecks {
		name := goruntime.FuncForPC(reflect.ValueOf(check).Pointer()).Name()
		if want := name[strings.LastIndexByte(name, '.')+1:]; ir.FormatCheck(format) != want {
			t.Errorf("ir.FormatCheck(%q) = %q, want %q", format, ir.FormatCheck(format), want)
		}
	}
	tests := sharedtest.Path(t, "corpus/json-schema-test-suite/tests")
	files, _ := filepath.Glob(filepath.Join(tests, "*", "optional", "format", "*.json"))
	for _, file := range files {
		format := strings.TrimSuffix(filepath.Base(file), ".json")
		if ir.FormatCheck(format) != "" && formatChecks[format] == nil {
			t.Errorf("ir.FormatCheck names a check for %q, which formatChecks does not test", format)
		}
	}
}
