package journal

import (
	"bytes"
	"io"
)

// readBlock is how much Read and Scan ask the file for at a time: about a
// hundred lines, enough to hand to a decoder goroutine, few enough that a
// few blocks and their records stay in the CPU's cache and a scan of ten
// years never holds much of the file (smaller blocks measured slower,
// larger ones made 'cramp journal' peak higher). A variable for tests.
var readBlock int64 = 16 << 10

// lineReader splits a file into blocks of whole lines, and stands in for
// every line longer than MaxLine with a "too long" mark, without its bytes.
// Lines are split as bufio.ScanLines splits them: the last line need not end
// in "\n", and a file that ends in "\n" has no empty line after it.
type lineReader struct {
	buf      []byte // grows up to MaxLine+1 bytes for a long line
	skipping bool   // inside an over-long line, discarding up to its "\n"
}

// each calls fn, in file order, with every block of whole lines of r (each
// ending in "\n", but for a last line without one; valid only during the
// call), or with tooLong for a line longer than MaxLine. It returns the
// first error reading r other than io.EOF, after handing out the whole lines
// read before it.
func (lr *lineReader) each(r io.Reader, fn func(b []byte, tooLong bool)) error {
	filled := 0 // lr.buf[:filled] is the start of a line not handed out yet
	for {
		n, err := r.Read(lr.buf[filled:])
		data := lr.buf[:filled+n]
		if lr.skipping {
			nl := bytes.IndexByte(data, '\n')
			if nl < 0 {
				data = data[:0]
			} else {
				lr.skipping = false
				fn(nil, true)
				data = data[nl+1:]
			}
		}
		if last := bytes.LastIndexByte(data, '\n'); last >= 0 {
			fn(data[:last+1], false)
			data = data[last+1:]
		}
		filled = copy(lr.buf, data)

		if err == io.EOF || (n == 0 && err == nil) { // os.File: the end
			switch {
			case lr.skipping:
				lr.skipping = false
				fn(nil, true)
			case filled > MaxLine:
				fn(nil, true)
			case filled > 0: // a last line with no "\n"
				fn(lr.buf[:filled], false)
			}
			return nil
		}
		if err != nil {
			return err
		}
		if filled == len(lr.buf) { // a line fills the buffer
			if filled > MaxLine {
				lr.skipping = true
				filled = 0
			} else {
				bigger := make([]byte, min(2*len(lr.buf), MaxLine+1))
				copy(bigger, lr.buf)
				lr.buf = bigger
			}
		}
	}
}
