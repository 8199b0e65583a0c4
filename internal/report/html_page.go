package report

import (
	_ "embed"
	"strconv"
	"strings"
)

// The page is written by hand rather than through html/template: the
// template package looks methods up by name, which keeps every method of
// every type in the binary, and that cost every command, relief at 3 a.m.
// included, 1.7 MB of memory for a page it never draws. Every text goes
// through esc, which escapes as html/template does.

//go:embed html.css
var htmlStyle string

// esc escapes text for an HTML element or a quoted attribute, as
// html/template does: NUL, quotes, ampersand, plus, angle brackets.
var esc = strings.NewReplacer(
	"\x00", "\uFFFD", `"`, "&#34;", "&", "&amp;", "'", "&#39;", "+", "&#43;", "<", "&lt;", ">", "&gt;",
).Replace

// page writes the report page for d.
func (d htmlData) page() string {
	var b strings.Builder
	w := func(parts ...string) {
		for _, p := range parts {
			b.WriteString(p)
		}
	}
	n := strconv.Itoa
	w("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
		"<meta name=\"generator\" content=\"Cramp Coach\">\n",
		"<title>", esc(d.Title), "</title>\n<style>\n", htmlStyle, "</style>\n</head>\n<body>\n<header>\n<h1>Night cramp report</h1>")
	if d.Name != "" {
		w("\n<p class=\"who\">For: <strong>", esc(d.Name), "</strong></p>")
	}
	w("\n<p class=\"period\">", esc(d.Period), "</p>\n<p class=\"muted\">From the journal kept with Cramp Coach. ", esc(d.NightRule), "</p>")
	if d.Notes != "" {
		w("\n<p class=\"usernotes\">", esc(d.Notes), "</p>")
	}
	w("\n</header>")
	if doc := d.Doctor; doc != nil {
		w("\n<section class=\"doctor\" id=\"see-a-doctor\">\n<h2>Time to see a doctor</h2>\n<ul>")
		for _, r := range doc.Reasons {
			w("\n<li>", esc(r), "</li>")
		}
		w("\n</ul>")
		if doc.Text != "" {
			w("\n<p>", esc(doc.Text), "</p>")
		}
		w("\n<p class=\"rule\">Checked over the report's last nights:")
		for i, r := range doc.Rules {
			if i > 0 {
				w(";")
			}
			w(" <span")
			if r.Fired {
				w(" class=\"fired\"")
			}
			w(">", esc(r.Text))
			if r.Fired {
				w(" (met)")
			} else {
				w(" (not met)")
			}
			w("</span>")
		}
		w(".</p>\n</section>")
	}
	c := d.Chart
	w("\n<section class=\"chart\" id=\"per-night\">\n<h2>Cramps per night</h2>\n<svg viewBox=\"", esc(c.ViewBox),
		"\" role=\"img\" aria-label=\"Cramps on each of the ", n(d.Nights), " nights: ", n(d.CrampNights), " with cramps\">")
	for _, g := range c.Grid {
		w("\n<line class=\"grid\" x1=\"", esc(c.Left), "\" y1=\"", esc(g.Y), "\" x2=\"", esc(c.Right), "\" y2=\"", esc(g.Y),
			"\"/><text x=\"0\" y=\"", esc(g.LabelY), "\">", n(g.N), "</text>")
	}
	for _, bar := range c.Bars {
		w("\n<rect class=\"bar\" x=\"", esc(bar.X), "\" y=\"", esc(bar.Y), "\" width=\"", esc(bar.W), "\" height=\"", esc(bar.H),
			"\" data-cramps=\"", n(bar.Cramps), "\"><title>", esc(bar.Title), "</title></rect>")
	}
	w("\n<line class=\"axis\" x1=\"", esc(c.Left), "\" y1=\"", esc(c.BaseY), "\" x2=\"", esc(c.Right), "\" y2=\"", esc(c.BaseY), "\"/>",
		"\n<text x=\"", esc(c.FirstX), "\" y=\"", esc(c.LabelY), "\">", esc(c.First), "</text>")
	if !c.OneNight {
		w("\n<text x=\"", esc(c.LastX), "\" y=\"", esc(c.LabelY), "\" text-anchor=\"end\">", esc(c.Last), "</text>")
	}
	w("\n</svg>\n</section>\n<div class=\"cols\">\n<section id=\"cramps\">\n<h2>Cramps</h2>")
	if d.Cramps != 0 {
		w("\n<dl class=\"figures\">\n<dt>Nights with cramps</dt><dd>", n(d.CrampNights), " of ", n(d.Nights), "</dd>",
			"\n<dt>Cramps</dt><dd>", n(d.Cramps))
		if d.Logged != 0 {
			w(" (", n(d.Logged), " added afterwards)")
		}
		w("</dd>\n<dt>Median length</dt><dd>", orNotKnown(d.Median), "</dd>",
			"\n<dt>Longest</dt><dd>", orNotKnown(d.Longest), "</dd>",
			"\n<dt>How bad (0–10)</dt><dd>", esc(d.Severity), "</dd>\n</dl>",
			"\n<p class=\"muted\">Lengths ", esc(d.KnownLengths), ".</p>")
	} else {
		w("\n<p>No cramps were recorded in these nights.</p>")
	}
	h := d.Heat
	w("\n</section>\n<section id=\"heatmap\">\n<h2>The last 12 weeks</h2>\n<div class=\"heat\">\n<svg viewBox=\"", esc(h.ViewBox),
		"\" role=\"img\" aria-label=\"A column a week, Monday on top\">")
	for _, l := range append(append([]htmlLabel(nil), h.Months...), h.Days...) {
		w("\n<text x=\"", esc(l.X), "\" y=\"", esc(l.Y), "\">", esc(l.Text), "</text>")
	}
	for _, cell := range h.Cells {
		w("\n<rect class=\"", esc(cell.Class), "\" x=\"", esc(cell.X), "\" y=\"", esc(cell.Y), "\" width=\"", esc(cell.Size),
			"\" height=\"", esc(cell.Size), "\"><title>", esc(cell.Title), "</title></rect>")
		if cell.Cramps != 0 {
			w("<text class=\"count")
			if cell.Class == "one" {
				w(" on-one")
			}
			w("\" x=\"", esc(cell.TextX), "\" y=\"", esc(cell.TextY), "\">", n(cell.Cramps), "</text>")
		}
	}
	w("\n</svg>\n</div>\n<p class=\"legend\"><span class=\"l-none\"></span>none<span class=\"l-one\"></span>1<span class=\"l-many\"></span>2 or more<span class=\"l-out\"></span>not in this report</p>\n</section>\n</div>")
	if d.Cramps != 0 {
		w("\n<div class=\"cols\">\n<section id=\"where\">\n<h2>Where</h2>\n<table>\n<tr><th>Site</th><th class=\"n\">Cramps</th></tr>")
		for _, s := range d.Sites {
			w("\n<tr><td>", esc(s.What), "</td><td class=\"n\">", n(s.N), "</td></tr>")
		}
		w("\n<tr><th>Leg</th><th class=\"n\">Cramps</th></tr>")
		for _, s := range d.Sides {
			w("\n<tr><td>", esc(s.What), "</td><td class=\"n\">", n(s.N), "</td></tr>")
		}
		w("\n</table>\n</section>\n<section id=\"tried\">\n<h2>What was tried</h2>")
		if len(d.Tried) > 0 {
			w("\n<table>")
			for _, t := range d.Tried {
				w("\n<tr><td>", esc(t.What), "</td><td class=\"n\">", esc(t.Of), "</td></tr>")
			}
			w("\n</table>")
		} else {
			w("\n<p>Not recorded for these cramps.</p>")
		}
		w("\n</section>\n</div>")
	}
	hb := d.Habits
	w("\n<section id=\"habits\">\n<h2>Habits</h2>\n<p>Bedtime stretch routine finished: <strong>", esc(hb.Routines), "</strong>")
	if hb.SelfReports != 0 {
		w(", ", n(hb.SelfReports), " of them self-reported (done without the app)")
	}
	w("</p>\n<p>Checklist ", esc(hb.Checklist))
	if len(hb.Items) > 0 {
		w("; ticked:")
	}
	w("</p>")
	if len(hb.Items) > 0 {
		w("\n<ul class=\"ticks\">")
		for _, it := range hb.Items {
			w("\n<li><span>", esc(it.What), "</span> <span class=\"n\">", esc(it.Of), "</span></li>")
		}
		w("\n</ul>")
	}
	w("\n</section>")
	if len(d.NotesShown) > 0 {
		w("\n<section id=\"notes\">\n<h2>Notes</h2>\n<table>")
		for _, note := range d.NotesShown {
			w("\n<tr><td class=\"when\">", esc(note.When), "</td><td class=\"when\">", esc(note.Where), "</td><td>", esc(note.Text), "</td></tr>")
		}
		w("\n</table>")
		if d.NotesMore != 0 {
			w("\n<p class=\"muted\">The ", n(len(d.NotesShown)), " latest notes; ", n(d.NotesMore), " more in the Markdown report (cramp report).</p>")
		}
		w("\n</section>")
	}
	w("\n<footer>\n<p>", esc(d.Disclaimer), "</p>")
	if d.Footer != "" {
		w("\n<p>", esc(d.Footer), "</p>")
	}
	w("\n</footer>\n</body>\n</html>\n")
	return b.String()
}

// orNotKnown is s escaped, or "not known" when it is empty.
func orNotKnown(s string) string {
	if s == "" {
		return "not known"
	}
	return esc(s)
}
