package htmlreport

import (
	"html/template"
	"strings"
)

// The colours of the report. Every pair of a text colour and the background
// it is shown on has a contrast ratio (WCAG 2.x) of at least 4.5:1, the AA
// level for normal text; lines and shapes that carry meaning reach at least
// 3:1 against white, the level for graphical objects. The ratios, checked
// by TestPaletteContrast:
//
//	ink        #1a1a1a on white 17.4, on panel 16.1
//	muted      #595959 on white  7.0
//	series 0   #1f4e79 on white  8.7 (dark blue, solid line, circles)
//	series 1   #a34700 on white  6.1 (dark orange, dashed, squares)
//	series 2   #2e6b30 on white  6.4 (dark green, dotted, diamonds)
//	grid       #767676 on white  4.5 (the band rings and axes; an earlier
//	                  report's faint line, thin and dash-dotted with hollow
//	                  circles, at least 3.9 on every band's shade)
//	weak       #8a1c1c on #fbe9e9 7.9
//	developing #6b4a00 on #fff3d1 7.3
//	strong     #1d5c26 on #e5f3e7 7.0
//	risk       #ffffff on #a4262c 7.3
//	warning    #1a1a1a on #f2c94c 11.0
//	info       #ffffff on #1f4e79 8.7
//
// Series differ by dash pattern and marker shape as well, so that the chart
// can be read without telling colours apart, and in black-and-white print.
const (
	colourInk     = "#1a1a1a"
	colourMuted   = "#595959"
	colourPaper   = "#ffffff"
	colourPanel   = "#f4f6f8"
	colourGrid    = "#767676"
	colourSeries0 = "#1f4e79"
	colourSeries1 = "#a34700"
	colourSeries2 = "#2e6b30"

	colourWeakInk       = "#8a1c1c"
	colourWeakBg        = "#fbe9e9"
	colourDevelopingInk = "#6b4a00"
	colourDevelopingBg  = "#fff3d1"
	colourStrongInk     = "#1d5c26"
	colourStrongBg      = "#e5f3e7"

	colourRiskInk    = "#ffffff"
	colourRiskBg     = "#a4262c"
	colourWarningInk = "#1a1a1a"
	colourWarningBg  = "#f2c94c"
	colourInfoInk    = "#ffffff"
	colourInfoBg     = "#1f4e79"
)

// styleSheet is the report's inline CSS. It uses neither "<" nor "&", so
// that the page stays well-formed XML.
const styleSheet = `
:root { color: INK; background: PAPER; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  line-height: 1.45; max-width: 62rem; margin: 0 auto; padding: 1.5rem; font-size: 1rem; }
h1 { font-size: 1.7rem; margin: 0 0 .3rem; }
h2 { font-size: 1.4rem; margin: 2.5rem 0 .2rem; padding-top: 1rem; border-top: 3px solid SERIES0; }
h3 { font-size: 1.15rem; margin: 1.8rem 0 .6rem; }
h4 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
p, ul, ol { margin: .4rem 0; }
.meta, .muted { color: MUTED; }
nav ol { padding-left: 1.4rem; }
a { color: SERIES0; }
.overview { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
figure { margin: 0; flex: 1 1 26rem; max-width: 32rem; }
figure svg { width: 100%; height: auto; display: block; }
figcaption { font-size: .9rem; color: MUTED; }
.scores { flex: 1 1 18rem; min-width: 0; overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
caption { text-align: left; font-weight: 600; padding-bottom: .3rem; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid GRID; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.band, .severity { display: inline-block; padding: 0 .45rem; border-radius: .3rem; font-size: .85rem; font-weight: 600; white-space: nowrap; }
.tag { display: inline-block; padding: 0 .45rem; border: 1px solid GRID; border-radius: .3rem; font-size: .85rem; }
.band-weak { color: WEAKINK; background: WEAKBG; }
.band-developing { color: DEVINK; background: DEVBG; }
.band-strong { color: STRONGINK; background: STRONGBG; }
.severity-risk { color: RISKINK; background: RISKBG; }
.severity-warning { color: WARNINK; background: WARNBG; }
.severity-info { color: INFOINK; background: INFOBG; }
.finding, .strength { background: PANEL; border-left: 4px solid GRID; padding: .6rem .8rem; margin: .6rem 0; }
.finding-risk { border-left-color: RISKBG; }
.finding-warning { border-left-color: WARNBG; }
.finding-info { border-left-color: INFOBG; }
.strength { border-left-color: STRONGINK; }
.finding p.message, .strength p.message { font-weight: 600; margin-top: .2rem; }
.next { margin: .4rem 0; }
.lessons { padding-left: 1.2rem; }
.lessons li { margin: .25rem 0; }
.code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .85rem; color: MUTED; }
.evidence { font-size: .9rem; color: MUTED; padding-left: 1.2rem; }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 1rem; }
.swatch { display: inline-block; width: 1.6rem; height: 0; vertical-align: middle; margin-right: .35rem; border-top: 3px solid SERIES0; }
.swatch-series-1 { border-top: 3px dashed SERIES1; }
.swatch-series-2 { border-top: 3px dotted SERIES2; }
svg .ring { fill: none; stroke: GRID; stroke-width: 1; }
svg .ring-label { fill: MUTED; font-size: 11px; paint-order: stroke; stroke: PAPER; stroke-width: 3px; }
svg .ring-weak { fill: WEAKBG; }
svg .ring-developing { fill: DEVBG; }
svg .ring-strong { fill: STRONGBG; }
svg .value { fill: INK; font-size: 13px; font-weight: 700; paint-order: stroke; stroke: PAPER; stroke-width: 3px; }
svg .line.open { fill: none; }
svg .axis { stroke: GRID; stroke-width: 1; }
svg .axis-label { fill: INK; font-size: 12px; }
svg .series-0 { stroke: SERIES0; fill: SERIES0; fill-opacity: .15; stroke-width: 2.5; }
svg .series-1 { stroke: SERIES1; fill: none; stroke-width: 2.5; stroke-dasharray: 7 4; }
svg .series-2 { stroke: SERIES2; fill: none; stroke-width: 2.5; stroke-dasharray: 2 3; }
svg .marker.series-0 { fill: SERIES0; fill-opacity: 1; }
svg .marker.series-1 { fill: SERIES1; stroke-dasharray: none; }
svg .marker.series-2 { fill: SERIES2; stroke-dasharray: none; }
svg .series-earlier { stroke: GRID; fill: none; stroke-width: 1.5; stroke-dasharray: 8 3 2 3; }
svg .marker.series-earlier { fill: PAPER; stroke-dasharray: none; }
figure svg.swatch-line { display: inline-block; width: 1.6rem; height: .5rem; vertical-align: middle; margin-right: .35rem; }
.swatch-box { width: .9rem; border-top-width: .9rem; }
figure.levels { max-width: 36rem; margin-bottom: .8rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.mark { font-size: 1.1rem; line-height: 1; }
.mark-series-0 { color: SERIES0; }
.mark-series-1 { color: SERIES1; }
.mark-series-2 { color: SERIES2; }
.mark-median { color: INK; font-weight: 700; }
svg.levels .tick { stroke: GRID; stroke-width: 1; stroke-dasharray: 2 3; }
svg.levels .tick-label { fill: MUTED; font-size: 12px; }
svg.levels .level-label { fill: INK; font-size: 13px; font-weight: 600; }
svg.levels .divided-mark { fill: WEAKINK; font-weight: 700; }
svg.levels .lane { stroke: GRID; stroke-width: 1; }
svg.levels .median { stroke: INK; stroke-width: 3; }
svg.levels .marker { stroke: PAPER; stroke-width: 1; fill-opacity: 1; stroke-dasharray: none; }
svg.bars { max-width: 40rem; }
svg.bars text { fill: INK; font-size: 12px; }
svg.bars .bar-total { font-weight: 600; }
footer { margin-top: 3rem; font-size: .9rem; color: MUTED; border-top: 1px solid GRID; }
.wide { overflow-x: auto; }
.old-round { color: WEAKINK; }
.divided { color: WEAKINK; }
.verdicts, .gravest { padding-left: 1.2rem; }
.verdicts li, .gravest li { margin: .35rem 0; }
details.appendix { margin-top: 2rem; border-top: 1px solid GRID; padding-top: .5rem; }
details.appendix > summary { cursor: pointer; font-weight: 600; }
@media (max-width: 30rem) {
  body { padding: .5rem; }
  th, td { padding: .3rem .25rem; }
  .band { white-space: normal; }
  figure { flex-basis: 100%; }
  svg .axis-label { font-size: 15px; }
  svg .ring-label { font-size: 15px; }
  svg .value { font-size: 16px; }
  svg.bars text { font-size: 15px; }
  svg.levels .tick-label, svg.levels .level-label { font-size: 15px; }
  th, td { font-size: .85rem; hyphens: auto; }
  .scores .extra, .raters, .col-suffix { display: none; }
}
@media print {
  details.appendix:not([open]) { display: none; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  p, li { orphans: 2; widows: 2; }
  .finding, .strength { break-inside: auto; }
  .finding p, .strength p, .finding li, .strength li { break-inside: avoid; }
  .lessons, .lessons-head, .overview .scores, .strategy-more, table.selfassessment { display: none; }
  figure.levels { max-width: 20rem; }
  .legend { gap: .2rem .8rem; margin: .2rem 0; }
  figure { max-width: 24rem; }
  section.case section.progress { display: none; }
  .strength .evidence, .strength .evidence-head { display: none; }
  .strength { padding: .2rem .6rem; margin: .3rem 0; }
  .finding { padding: .4rem .6rem; margin: .4rem 0; }
  h3 { margin: 1rem 0 .4rem; }
  body { max-width: none; padding: 0; font-size: 10pt; line-height: 1.35; }
  @page { size: A4; margin: 14mm; }
  nav a { color: INK; }
  section.comparison { break-after: page; }
  section.case + section.case { break-before: page; }
  h2 { border-top: none; padding-top: 0; margin-top: 0; }
  h3, h4 { break-after: avoid; }
  figure, table { break-inside: avoid; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  a { color: INK; text-decoration: none; }
}
`

// css returns the style sheet with the palette filled in. The result is a
// constant of this package, so it is marked as safe CSS.
func css() template.CSS {
	return template.CSS(strings.NewReplacer( // #nosec G203 -- the style sheet is a constant of this package, no user input
		"WEAKINK", colourWeakInk, "WEAKBG", colourWeakBg,
		"DEVINK", colourDevelopingInk, "DEVBG", colourDevelopingBg,
		"STRONGINK", colourStrongInk, "STRONGBG", colourStrongBg,
		"RISKINK", colourRiskInk, "RISKBG", colourRiskBg,
		"WARNINK", colourWarningInk, "WARNBG", colourWarningBg,
		"INFOINK", colourInfoInk, "INFOBG", colourInfoBg,
		"SERIES0", colourSeries0, "SERIES1", colourSeries1, "SERIES2", colourSeries2,
		"INK", colourInk, "MUTED", colourMuted, "PAPER", colourPaper,
		"PANEL", colourPanel, "GRID", colourGrid,
	).Replace(styleSheet))
}
