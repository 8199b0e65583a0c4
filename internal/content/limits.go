package content

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"unicode/utf8"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/token"

	"github.com/crampcoach/cramp/internal/sanitize"
)

// Limits on one content file. A person's folder is read before relief's first
// frame, so nothing in it may take long or much memory: the built-in files
// are far inside these (the largest is about 16 KiB and 500 nodes).
const (
	MaxFileSize = 1 << 20 // bytes
	MaxDepth    = 64      // collections inside collections
	MaxNodes    = 100_000 // YAML nodes, each alias counted as what it stands for
)

// readLimited reads name from fsys if it is a regular file of at most
// MaxFileSize bytes. A device (/dev/zero), a FIFO or a socket is refused
// before it is read; an fs.FS from Dir also never blocks opening one.
func readLimited(fsys fs.FS, name string) ([]byte, string) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, "cannot read: " + err.Error()
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, "cannot read: " + err.Error()
	}
	if !st.Mode().IsRegular() {
		return nil, "is not a regular file (a device, pipe, socket or folder cannot hold content)"
	}
	if st.Size() > MaxFileSize {
		return nil, fmt.Sprintf("is %d bytes; a content file may be at most %d (1 MiB)", st.Size(), MaxFileSize)
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, "cannot read: " + err.Error()
	}
	if len(data) > MaxFileSize {
		return nil, fmt.Sprintf("is more than %d bytes (1 MiB), the most a content file may hold", MaxFileSize)
	}
	return data, ""
}

// errTooDeep is checkDepth's finding.
var errTooDeep = errors.New("too deep")

// checkDepth finds where data nests collections more than MaxDepth deep
// before the YAML parser sees it (200,000 "[" kept the parser busy for
// good). It follows flow collections ([ and {, outside quotes and comments)
// and compact block items ("- - - x"). It is deliberately simple: it may
// count a bracket inside a plain scalar, which only matters past MaxDepth.
func checkDepth(data []byte) (line, col int, err error) {
	line, col = 1, 0
	flow := 0
	var quote byte // the quote a quoted scalar is inside, or 0
	var prev byte  // the last character on this line that is not a space, or 0
	for i := 0; i < len(data); i++ {
		c := data[i]
		col++
		if c == '\n' {
			line, col, prev = line+1, 0, 0
			if flow == 0 {
				quote = 0
			}
			continue
		}
		if quote != 0 {
			switch {
			case quote == '"' && c == '\\':
				i++
				col++
			case c == quote:
				quote = 0
			}
			continue
		}
		if c == ' ' || c == '\t' {
			continue
		}
		// Where a value may begin: a quote or a bracket here is syntax, not
		// part of a plain text such as "don't" or "see [1".
		valueStart := prev == 0 || prev == ':' || prev == '-' || prev == '?' || flow > 0 && (prev == '[' || prev == '{' || prev == ',')
		if prev == 0 && (c == '-' || c == '?') && (i+1 == len(data) || data[i+1] == ' ' || data[i+1] == '\t') {
			// "- - - x": each "- " is a sequence inside the last.
			block := 1
			for j := i + 1; j < len(data) && data[j] != '\n'; j++ {
				if data[j] == ' ' || data[j] == '\t' {
					continue
				}
				if (data[j] != '-' && data[j] != '?') || j+1 < len(data) && data[j+1] != ' ' && data[j+1] != '\t' {
					break
				}
				if block++; block > MaxDepth {
					return line, col, errTooDeep
				}
			}
		}
		switch {
		case c == '#' && (i == 0 || data[i-1] == ' ' || data[i-1] == '\t'):
			for i+1 < len(data) && data[i+1] != '\n' {
				i++
			}
			continue
		case (c == '"' || c == '\'') && valueStart:
			quote = c
		case (c == '[' || c == '{') && (valueStart || flow > 0):
			if flow++; flow > MaxDepth {
				return line, col, errTooDeep
			}
		case (c == ']' || c == '}') && flow > 0:
			flow--
		}
		prev = c
	}
	return 0, 0, nil
}

// nodeCounter counts the nodes of a tree, each alias as the nodes of what
// its anchor names, and stops at MaxNodes: a few aliases of aliases stand
// for billions of nodes (3 GB from a 49 KB file).
type nodeCounter struct {
	n       int
	anchors map[string]int
	over    *token.Token // the node that passed MaxNodes
}

func (c *nodeCounter) Visit(n ast.Node) ast.Visitor {
	if c.over != nil {
		return nil
	}
	c.n++
	switch v := n.(type) {
	case *ast.AnchorNode:
		sub := nodeCounter{anchors: c.anchors}
		if v.Value != nil {
			ast.Walk(&sub, v.Value)
		}
		if v.Name != nil {
			c.anchors[v.Name.String()] = sub.n
		}
	case *ast.AliasNode:
		if v.Value != nil {
			c.n += c.anchors[v.Value.String()]
		}
	}
	if c.n > MaxNodes {
		c.over = n.GetToken()
		return nil
	}
	return c
}

// checkSize reports where body passes MaxNodes, counting aliases expanded.
func (d *doc) checkSize() bool {
	c := nodeCounter{anchors: map[string]int{}}
	ast.Walk(&c, d.body)
	if c.over == nil {
		return true
	}
	d.errorAt(c.over, fmt.Sprintf("the file holds more than %d values (aliases counted as what they repeat); content needs far fewer", MaxNodes))
	return false
}

// controlText is a visitor that reports every text in a file holding a
// control character (package sanitize): content is shown in a terminal, and
// "\e]0;…" in a title would retitle it.
type controlText struct{ d *doc }

func (c controlText) Visit(n ast.Node) ast.Visitor {
	var s string
	switch v := n.(type) {
	case *ast.StringNode:
		s = v.Value
	case *ast.LiteralNode:
		if v.Value != nil {
			s = v.Value.Value
		}
	default:
		return c
	}
	if i, r := sanitize.Find(s); i >= 0 {
		tk := n.GetToken()
		at := fmt.Sprintf("at character %d of this text", utf8.RuneCountInString(s[:i])+1)
		c.d.errorAt(tk, fmt.Sprintf("holds %s %s; content must be plain text", sanitize.Describe(r), at))
	}
	return c
}
