//! Per-stage timings and memory, printed to stderr when `XIAOKANG_TIMINGS` is set (the
//! benchmarks read them).

use std::time::Instant;

/// Prints how long each stage took, when `XIAOKANG_TIMINGS` is set.
pub(crate) struct StageClock {
    last: Option<Instant>,
}

impl StageClock {
    /// Starts timing (a no-op unless `XIAOKANG_TIMINGS` is set).
    pub(crate) fn start() -> Self {
        StageClock {
            last: std::env::var_os("XIAOKANG_TIMINGS").map(|_| Instant::now()),
        }
    }

    /// Prints a stage that ran in parts (`took` in all), and starts the next.
    pub(crate) fn report(&mut self, stage: &str, took: std::time::Duration) {
        if self.last.is_some() {
            eprintln!(
                "stage {stage}: {:.1} ms{}",
                took.as_secs_f64() * 1e3,
                memory()
            );
            self.last = Some(Instant::now());
        }
    }

    /// Ends the stage `stage` and starts the next.
    pub(crate) fn lap(&mut self, stage: &str) {
        if let Some(t) = self.last {
            eprintln!(
                "stage {stage}: {:.1} ms{}",
                t.elapsed().as_secs_f64() * 1e3,
                memory()
            );
            self.last = Some(Instant::now());
        }
    }
}

/// `cpu N ms (user U, system S), peak memory P MiB` of this process so far, from /proc
/// (Linux), for `XIAOKANG_TIMINGS` and the scale benchmark; empty elsewhere.
pub fn usage() -> String {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return String::new();
    };
    // Fields after the command name (which may hold spaces): state, then ppid …; utime
    // and stime are the 12th and 13th counting state as the first, in ticks of 10 ms.
    let Some((_, rest)) = stat.rsplit_once(')') else {
        return String::new();
    };
    let f: Vec<u64> = rest
        .split_whitespace()
        .skip(1)
        .map(|x| x.parse().unwrap_or(0))
        .collect();
    let (user, sys) = (f.get(10).unwrap_or(&0) * 10, f.get(11).unwrap_or(&0) * 10);
    let peak = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            let line = s.lines().find(|l| l.starts_with("VmHWM:"))?.to_string();
            line.split_whitespace().nth(1)?.parse::<u64>().ok()
        })
        .unwrap_or(0);
    format!(
        "cpu {} ms (user {user} ms, system {sys} ms), peak memory {} MiB",
        user + sys,
        peak / 1024
    )
}

/// `, memory N MiB (peak P MiB)` from /proc/self/status, where there is one (Linux).
fn memory() -> String {
    let Ok(status) = std::fs::read_to_string("/proc/self/status") else {
        return String::new();
    };
    let kib = |key: &str| -> Option<u64> {
        let line = status.lines().find(|l| l.starts_with(key))?;
        line.split_whitespace().nth(1)?.parse().ok()
    };
    match (kib("VmRSS:"), kib("VmHWM:")) {
        (Some(now), Some(peak)) => {
            format!(", memory {} MiB (peak {} MiB)", now / 1024, peak / 1024)
        }
        _ => String::new(),
    }
}
