package load

import (
	"maps"
	"sync"
)

// byHalves is a map from each of keys to do(key), the first half of keys
// done on a goroutine of its own while the second is done here: the
// large members of a document (its definitions, its paths) are decoded
// and encoded so on both cores. The first error of either half is
// returned.
func byHalves[V any](keys []string, do func(k string) (V, error)) (map[string]V, error) {
	half := func(keys []string) (map[string]V, error) {
		out := make(map[string]V, len(keys))
		for _, k := range keys {
			v, err := do(k)
			if err != nil {
				return nil, err
			}
			out[k] = v
		}
		return out, nil
	}
	var first map[string]V
	var firstErr error
	var wg sync.WaitGroup
	wg.Go(func() { first, firstErr = half(keys[:len(keys)/2]) })
	second, err := half(keys[len(keys)/2:])
	wg.Wait()
	if err == nil {
		err = firstErr
	}
	if err != nil {
		return nil, err
	}
	maps.Copy(second, first)
	return second, nil
}
