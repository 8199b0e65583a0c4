package content

import (
	"fmt"
	"strings"
	"time"

	"github.com/goccy/go-yaml/ast"
)

// UnmarshalYAML reads a Go duration string ("30s", "10m"). It takes the node
// rather than bytes so that a bad value is reported at its own line and
// column. Whether the value is positive is checked by the validator, so that
// one bad duration does not hide the other problems in the file.
func (d *Duration) UnmarshalYAML(node ast.Node) error {
	key := lastKey(node.GetPath())
	switch n := node.(type) {
	case *ast.StringNode:
		v, err := time.ParseDuration(n.Value)
		if err != nil {
			return &nodeError{tok: n.GetToken(), msg: fmt.Sprintf("%s: %q is not a duration; write it like \"30s\" or \"10m\"", key, n.Value)}
		}
		d.Duration = v
		return nil
	case *ast.IntegerNode:
		if n.GetToken().Value == "0" {
			// An explicit 0 reaches the validator, which says it must be positive.
			d.Duration = 0
			return nil
		}
		return &nodeError{tok: n.GetToken(), msg: fmt.Sprintf("%s: %s needs a unit; write it like \"%ss\" or \"10m\"", key, n.GetToken().Value, n.GetToken().Value)}
	}
	return &nodeError{tok: node.GetToken(), msg: fmt.Sprintf("%s: want a duration like \"30s\" or \"10m\", got %s", key, nodeKind(node.Type()))}
}

// UnmarshalText reads a Go duration string, for decoders other than YAML.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return err
	}
	d.Duration = v
	return nil
}

// MarshalText writes the duration the way content files spell it: "30s",
// "10m", "1h30m" rather than time.Duration's "10m0s".
func (d Duration) MarshalText() ([]byte, error) {
	return []byte(formatDuration(d.Duration)), nil
}

func formatDuration(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = s[:len(s)-2]
	}
	if strings.HasSuffix(s, "h0m") {
		s = s[:len(s)-2]
	}
	return s
}

// lastKey is the last mapping key in a goccy node path: "hold" for
// "$.steps[2].hold".
func lastKey(path string) string {
	for strings.HasSuffix(path, "]") {
		i := strings.LastIndexByte(path, '[')
		if i < 0 {
			break
		}
		path = path[:i]
	}
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		return path[i+1:]
	}
	return "value"
}
