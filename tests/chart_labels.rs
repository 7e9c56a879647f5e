//! Chart labels as a reader sees them, read back from every drawn chart of a site (as
//! pagecheck reads pages): no two texts overlap, none covers a marker or lies on a line
//! or is turned sideways, and every bar (of a comparison, a ranking of falls, any bar
//! chart) has its figure.

use xiaokang::chart::inspect;

#[test]
fn the_inspector_finds_what_it_looks_for() {
    // Two texts on one spot, a turned one, one over a marker, one on a line, a bar
    // without its figure.
    let svg = "<svg viewBox=\"0 0 600 300\">\n\
        <polyline fill=\"none\" stroke=\"#0B5C9E\" stroke-width=\"3\" points=\"150,60 250,60 \"/>\n\
        <text x=\"200\" y=\"50\" dy=\"0.76em\" text-anchor=\"middle\" font-size=\"15\">14.53%</text>\n\
        <circle cx=\"100\" cy=\"100\" r=\"5\" fill=\"#B8232F\"/>\n\
        <rect x=\"300\" y=\"100\" width=\"40\" height=\"150\" fill=\"#B8232F\"/>\n\
        <text x=\"100\" y=\"94\" dy=\"0.76em\" text-anchor=\"middle\" font-size=\"15\">15.62%</text>\n\
        <text x=\"104\" y=\"90\" dy=\"0.76em\" text-anchor=\"middle\" font-size=\"15\">15.91%</text>\n\
        <text x=\"50\" y=\"200\" dy=\"0.76em\" text-anchor=\"end\" font-size=\"16\" transform=\"rotate(270, 50, 200)\">东乡族自治县</text>\n\
        <g class=\"xk-tips\" fill=\"transparent\">\n\
        <rect x=\"300.0\" y=\"100.0\" width=\"40.0\" height=\"150.0\"><title>广河县 降幅: 18.47%→0.9%</title></rect>\n\
        </g>\n</svg>\n";
    let p = inspect::problems(svg).join("\n");
    assert!(p.contains("\"15.62%\" overlaps \"15.91%\""), "{p}");
    assert!(p.contains("\"15.62%\" covers a marker"), "{p}");
    assert!(p.contains("\"东乡族自治县\" is turned sideways"), "{p}");
    assert!(p.contains("\"14.53%\" lies on a line"), "{p}");
    assert!(!p.contains("\"15.91%\" lies on a line"), "{p}");
    let u = inspect::unlabelled_bars(svg);
    assert_eq!(u.len(), 1, "{u:?}");
    assert!(u[0].contains("广河县"));
    // Its figure above it, and the bar is labelled.
    let labelled = svg.replace(
        "<g class",
        "<text x=\"320\" y=\"80\" dy=\"0.76em\" text-anchor=\"middle\" font-size=\"15\">下降17.57个百分点</text>\n<g class",
    );
    assert!(inspect::unlabelled_bars(&labelled).is_empty());
}
