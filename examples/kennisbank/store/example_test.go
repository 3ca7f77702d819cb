package store_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/google/uuid"

	"github.com/regiokompas/regiokompas/examples/kennisbank/store"
)

// A program of its own can keep cases in the kennisbank's database: open it
// by its DSN, create a case, and update it only while it still has the
// revision that was read.
func ExampleOpen() {
	dir, err := os.MkdirTemp("", "kennisbank-example-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)

	ctx := context.Background()
	clock := func() time.Time { return time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC) }
	st, err := store.Open(ctx, filepath.Join(dir, "kennisbank.db"), store.Options{Now: clock})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer st.Close()

	id := uuid.MustParse("c0000000-0000-4000-8000-000000000001")
	created, err := st.Create(ctx, store.Record{ID: id, Name: "Zorgnetwerk Noord", Region: "groningen", Body: []byte(`{}`)})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("created version", created.Revision.Version, "at", created.Created.Format(time.DateOnly))

	updated, err := st.Update(ctx, created, created.Revision)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("updated to version", updated.Revision.Version)

	// A second writer who read the first revision comes too late.
	_, err = st.Update(ctx, created, created.Revision)
	fmt.Println("stale:", errors.Is(err, store.ErrStale))
	// Output:
	// created version 1 at 2025-03-01
	// updated to version 2
	// stale: true
}
