package assess

import "fmt"

// pathf formats a JSON path into the case document.
func pathf(format string, args ...any) string { return fmt.Sprintf(format, args...) }
