package want

import "testing"

// This file is hand-written: null satisfies a JSON value's check when the
// schema says nullable, and fails it otherwise.

func TestNullableValueChecks(t *testing.T) {
	for doc, valid := range map[string]bool{
		`{"id":"f","shared_link":null}`:                     true,
		`{"id":"f","shared_link":{"url":"u"}}`:              true,
		`{"id":"f","shared_link":{}}`:                       false,
		`{"id":"f","name":null}`:                            true,
		`{"id":"f","name":""}`:                              false,
		`{"id":"f","plain_link":null}`:                      false,
		`{"id":"f","plain_link":{"url":"u"}}`:               true,
		`{"id":"f","shared_link":{"url":"u","password":1}}`: false,
	} {
		_, err := DecodeFolder([]byte(doc))
		if (err == nil) != valid {
			t.Errorf("%s: valid=%v, got %v", doc, valid, err)
		}
	}
}
