// Package validatorbench is test-only: it holds no code of its own, only
// the tests and benchmarks that set collab.Collaboration.Validate side by
// side with github.com/go-playground/validator/v10 enforcing the same rules
// on the same 50-member collaboration.
//
// It is a module of its own so that the library never depends on
// validator v10: nothing imports this package, and its go.mod is the only
// one that names validator. Run it from this directory:
//
//	go test -run Agree ./...                 # both reject the same broken inputs
//	go test -run '^$' -bench . -benchmem ./  # the two side by side
package validatorbench
