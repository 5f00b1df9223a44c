//! Hand-written inline SVG charts: horizontal bars, stacked columns over time, stacked
//! horizontal bars. Every chart scales to the width of its container.

use super::escape;
use std::fmt::Write as _;

/// One bar of a horizontal bar chart.
#[derive(Debug, Clone)]
pub struct Bar {
    /// Label left of the bar.
    pub label: String,
    /// Tooltip (full label, details).
    pub tooltip: String,
    /// Bar length.
    pub value: u64,
    /// Optional link target of the label.
    pub href: Option<String>,
}

/// A named, coloured series of a stacked chart.
#[derive(Debug, Clone)]
pub struct Series {
    /// Legend text.
    pub name: String,
    /// CSS colour.
    pub color: String,
    /// One value per category.
    pub values: Vec<u64>,
}

const LABEL_W: f64 = 270.0;
const WIDTH: f64 = 760.0;
const ROW_H: f64 = 24.0;

/// Shorten `s` to `max` characters with an ellipsis.
fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// A "nice" axis maximum ≥ `max` (1, 2, 5 × 10ⁿ steps).
fn nice_max(max: u64) -> u64 {
    let max = max.max(1);
    let mut step = 1;
    loop {
        for m in [1, 2, 5] {
            if m * step >= max {
                return m * step;
            }
        }
        step *= 10;
    }
}

/// How many grid steps divide `max` (a [`nice_max`] value) into whole numbers.
fn tick_count(max: u64) -> u64 {
    match max {
        0 => 1,
        1..=5 => max,
        _ => 5,
    }
}

/// What a chart without data shows.
pub const NO_DATA: &str = r#"<p class="muted">keine Daten</p>"#;

/// Horizontal bars, one row per item, value printed at the bar's end.
pub fn hbars(title: &str, bars: &[Bar], color: &str) -> String {
    if bars.is_empty() {
        return NO_DATA.into();
    }
    let height = ROW_H * bars.len().max(1) as f64 + 10.0;
    let max = bars.iter().map(|b| b.value).max().unwrap_or(0).max(1) as f64;
    let plot = WIDTH - LABEL_W - 50.0;
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg class="chart" viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{}">"#,
        escape(title)
    );
    for (i, b) in bars.iter().enumerate() {
        let y = 5.0 + ROW_H * i as f64;
        let w = (b.value as f64 / max * plot).max(1.0);
        let label = escape(&clip(&b.label, 40));
        let label = match &b.href {
            Some(h) => format!(r#"<a href="{}">{label}</a>"#, escape(h)),
            None => label,
        };
        let _ = write!(
            s,
            r#"<g><title>{tip}</title><text x="{lx}" y="{ty}" text-anchor="end" class="label">{label}</text><rect x="{LABEL_W}" y="{ry}" width="{w:.1}" height="{bh}" fill="{color}" rx="2"/><text x="{vx:.1}" y="{ty}" class="value">{v}</text></g>"#,
            tip = escape(&b.tooltip),
            lx = LABEL_W - 8.0,
            ty = y + ROW_H * 0.62,
            ry = y + 3.0,
            bh = ROW_H - 6.0,
            vx = LABEL_W + w + 5.0,
            v = b.value,
        );
    }
    s.push_str("</svg>");
    s
}

/// Stacked columns: one column per category (e.g. quarter), one segment per series.
pub fn stacked_columns(title: &str, categories: &[String], series: &[Series]) -> String {
    if categories.is_empty() {
        return NO_DATA.into();
    }
    let height = 300.0;
    let (left, bottom, top) = (40.0, 60.0, 10.0);
    let plot_h = height - bottom - top;
    let plot_w = WIDTH - left - 10.0;
    let totals: Vec<u64> = (0..categories.len())
        .map(|i| {
            series
                .iter()
                .map(|s| s.values.get(i).copied().unwrap_or(0))
                .sum()
        })
        .collect();
    let max = nice_max(totals.iter().copied().max().unwrap_or(0));
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg class="chart" viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{}">"#,
        escape(title)
    );
    let ticks = tick_count(max);
    for k in 0..=ticks {
        let v = max as f64 * k as f64 / ticks as f64;
        let y = top + plot_h - plot_h * k as f64 / ticks as f64;
        let _ = write!(
            s,
            r#"<line x1="{left}" x2="{x2}" y1="{y:.1}" y2="{y:.1}" class="grid"/><text x="{tx}" y="{ty:.1}" text-anchor="end" class="axis">{v}</text>"#,
            x2 = left + plot_w,
            tx = left - 5.0,
            ty = y + 4.0,
            v = v.round(),
        );
    }
    let n = categories.len().max(1) as f64;
    let slot = plot_w / n;
    let bw = (slot * 0.75).min(48.0);
    let every = (categories.len() / 16).max(1);
    for (i, cat) in categories.iter().enumerate() {
        let x = left + slot * i as f64 + (slot - bw) / 2.0;
        let mut y = top + plot_h;
        for se in series {
            let v = se.values.get(i).copied().unwrap_or(0);
            if v == 0 {
                continue;
            }
            let h = v as f64 / max as f64 * plot_h;
            y -= h;
            let _ = write!(
                s,
                r#"<rect x="{x:.1}" y="{y:.1}" width="{bw:.1}" height="{h:.1}" fill="{c}"><title>{cat}: {name} {v}</title></rect>"#,
                c = escape(&se.color),
                cat = escape(cat),
                name = escape(&se.name),
            );
        }
        if i % every == 0 {
            let cx = x + bw / 2.0;
            let cy = top + plot_h + 12.0;
            let _ = write!(
                s,
                r#"<text x="{cx:.1}" y="{cy:.1}" text-anchor="end" transform="rotate(-45 {cx:.1} {cy:.1})" class="axis">{}</text>"#,
                escape(cat)
            );
        }
    }
    s.push_str("</svg>");
    s.push_str(&legend(series));
    s
}

/// Stacked horizontal bars (one row per category), each segment labelled by its series.
pub fn stacked_rows(title: &str, categories: &[String], series: &[Series]) -> String {
    if categories.is_empty() {
        return NO_DATA.into();
    }
    let height = ROW_H * categories.len().max(1) as f64 + 10.0;
    let plot = WIDTH - LABEL_W - 50.0;
    let totals: Vec<u64> = (0..categories.len())
        .map(|i| {
            series
                .iter()
                .map(|s| s.values.get(i).copied().unwrap_or(0))
                .sum()
        })
        .collect();
    let max = totals.iter().copied().max().unwrap_or(0).max(1) as f64;
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg class="chart" viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{}">"#,
        escape(title)
    );
    for (i, cat) in categories.iter().enumerate() {
        let y = 5.0 + ROW_H * i as f64;
        let _ = write!(
            s,
            r#"<text x="{lx}" y="{ty:.1}" text-anchor="end" class="label">{}</text>"#,
            escape(&clip(cat, 40)),
            lx = LABEL_W - 8.0,
            ty = y + ROW_H * 0.62,
        );
        let mut x = LABEL_W;
        for se in series {
            let v = se.values.get(i).copied().unwrap_or(0);
            if v == 0 {
                continue;
            }
            let w = v as f64 / max * plot;
            let _ = write!(
                s,
                r#"<rect x="{x:.1}" y="{ry:.1}" width="{w:.1}" height="{bh}" fill="{c}"><title>{cat}: {name} {v}</title></rect>"#,
                ry = y + 3.0,
                bh = ROW_H - 6.0,
                c = escape(&se.color),
                cat = escape(cat),
                name = escape(&se.name),
            );
            x += w;
        }
        let total = totals.get(i).copied().unwrap_or(0);
        let _ = write!(
            s,
            r#"<text x="{vx:.1}" y="{ty:.1}" class="value">{total}</text>"#,
            vx = x + 5.0,
            ty = y + ROW_H * 0.62,
        );
    }
    s.push_str("</svg>");
    s.push_str(&legend(series));
    s
}

/// A legend of coloured swatches (HTML, wraps with the page).
fn legend(series: &[Series]) -> String {
    let mut s = String::from(r#"<ul class="legend">"#);
    for se in series {
        let _ = write!(
            s,
            r#"<li><span class="swatch" style="background:{}"></span>{}</li>"#,
            escape(&se.color),
            escape(&se.name)
        );
    }
    s.push_str("</ul>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_axis_maxima() {
        assert_eq!(nice_max(0), 1);
        assert_eq!(nice_max(3), 5);
        assert_eq!(nice_max(7), 10);
        assert_eq!(nice_max(11), 20);
        assert_eq!(nice_max(201), 500);
        for m in [1, 2, 5, 10, 20, 50, 100, 200, 500] {
            assert_eq!(m % tick_count(m), 0, "{m}");
        }
    }

    #[test]
    fn bars_escape_labels_and_scale_to_the_largest() {
        let bars = vec![
            Bar {
                label: "A <b> & c".into(),
                tooltip: "t".into(),
                value: 10,
                href: Some("x.html?a=1&b=2".into()),
            },
            Bar {
                label: "B".into(),
                tooltip: "t".into(),
                value: 5,
                href: None,
            },
        ];
        let svg = hbars("T", &bars, "#123");
        assert!(svg.contains("A &lt;b&gt; &amp; c"));
        assert!(svg.contains(r#"href="x.html?a=1&amp;b=2""#));
        assert!(svg.contains(r#"width="440.0""#), "{svg}");
        assert!(svg.contains(r#"width="220.0""#), "{svg}");
    }

    #[test]
    fn charts_without_data_say_so() {
        assert_eq!(hbars("T", &[], "#000"), NO_DATA);
        assert_eq!(stacked_rows("T", &[], &[]), NO_DATA);
        assert_eq!(stacked_columns("T", &[], &[]), NO_DATA);
    }

    #[test]
    fn stacked_columns_draw_one_rect_per_non_zero_value() {
        let cats = vec!["2021-Q1".to_string(), "2021-Q2".to_string()];
        let series = vec![
            Series {
                name: "a".into(),
                color: "#f00".into(),
                values: vec![1, 0],
            },
            Series {
                name: "b".into(),
                color: "#0f0".into(),
                values: vec![2, 3],
            },
        ];
        let svg = stacked_columns("T", &cats, &series);
        assert_eq!(svg.matches("<rect").count(), 3);
        assert!(svg.contains("2021-Q2: b 3"));
        assert!(svg.contains(r#"class="legend""#));
    }
}
