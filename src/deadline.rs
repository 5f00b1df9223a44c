//! The time budget of one document: a deadline every stage can check cheaply.
//!
//! The PDF stage checks it in each of its loops (through a [`Ticker`] where a loop is hot), the
//! text layer carries it on to the metadata and theme stages, which check it at coarse points
//! (between field rules, between themes), and the pipeline checks it between the stages.

use std::time::{Duration, Instant};

/// When one document's time budget runs out; the default never expires.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Deadline(Option<Instant>);

/// The stage a document's time budget ran out in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Reading the PDF: objects, fonts, content streams.
    Pdf,
    /// Glyphs → lines, blocks, reading order.
    Layout,
    /// Metadata fields (number, type, date, title, …).
    Metadata,
    /// Theme classification.
    Themes,
}

impl std::fmt::Display for Stage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Stage::Pdf => "PDF",
            Stage::Layout => "layout",
            Stage::Metadata => "metadata",
            Stage::Themes => "themes",
        })
    }
}

/// A document's time budget ran out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("time budget exhausted (in the {stage} stage)")]
pub struct Expired {
    /// Where it ran out.
    pub stage: Stage,
}

impl Deadline {
    /// A deadline that never expires.
    pub const NONE: Deadline = Deadline(None);

    /// The deadline `budget` from now.
    pub fn after(budget: Duration) -> Deadline {
        Deadline(Instant::now().checked_add(budget))
    }

    /// The deadline at `at`, or none.
    pub fn at(at: Option<Instant>) -> Deadline {
        Deadline(at)
    }

    /// The instant it expires, if any.
    pub fn instant(&self) -> Option<Instant> {
        self.0
    }

    /// True once the deadline has passed (one clock read; use a [`Ticker`] in hot loops).
    pub fn expired(&self) -> bool {
        self.0.is_some_and(|d| Instant::now() > d)
    }

    /// `Err` once the deadline has passed, naming the stage.
    pub fn check(&self, stage: Stage) -> Result<(), Expired> {
        if self.expired() {
            Err(Expired { stage })
        } else {
            Ok(())
        }
    }

    /// A ticker for a hot loop of `stage`.
    pub fn ticker(&self, stage: Stage) -> Ticker {
        Ticker {
            deadline: *self,
            stage,
            count: 0,
        }
    }
}

/// Calls of [`Ticker::tick`] between two reads of the clock.
const TICKS_PER_CHECK: u32 = 4096;

/// Checks a deadline on every [`TICKS_PER_CHECK`]-th call, so that a hot loop reads the clock
/// rarely (a clock read costs about as much as a few hundred simple loop steps).
#[derive(Debug, Clone)]
pub struct Ticker {
    deadline: Deadline,
    stage: Stage,
    count: u32,
}

impl Ticker {
    /// Count one step; `Err` when this step read the clock and the deadline has passed.
    pub fn tick(&mut self) -> Result<(), Expired> {
        self.count = self.count.wrapping_add(1);
        if self.count.is_multiple_of(TICKS_PER_CHECK) {
            self.deadline.check(self.stage)
        } else {
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_passed_deadline_names_its_stage_and_none_never_expires() {
        let past = Deadline::at(Instant::now().checked_sub(Duration::from_millis(1)));
        assert_eq!(
            past.check(Stage::Metadata),
            Err(Expired {
                stage: Stage::Metadata
            })
        );
        assert!(Deadline::NONE.check(Stage::Pdf).is_ok());
        assert!(
            Deadline::after(Duration::from_secs(3600))
                .check(Stage::Pdf)
                .is_ok()
        );
        assert_eq!(
            Expired {
                stage: Stage::Layout
            }
            .to_string(),
            "time budget exhausted (in the layout stage)"
        );
    }

    #[test]
    fn a_ticker_reads_the_clock_only_every_few_thousand_steps() {
        let past = Deadline::at(Instant::now().checked_sub(Duration::from_millis(1)));
        let mut t = past.ticker(Stage::Layout);
        let first_err = (1..=2 * TICKS_PER_CHECK).find(|_| t.tick().is_err());
        assert_eq!(first_err, Some(TICKS_PER_CHECK));
    }
}
